package org.heavylegs.sim.scenario;

import java.util.Set;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.LegSwelling;
import org.heavylegs.core.athlete.Symptoms;
import org.heavylegs.sim.run.RunnerProfile;

/**
 * A fluent builder for athlete.yaml content. Starts from a runner profile (sex, mass, heart rates,
 * threshold pace agree with what the runs show) with every symptom answered "no".
 */
final class AthleteSpec {
    String name;
    Integer birthYear;
    Double heightCm;
    Set<String> conditions = Set.of();
    Set<String> medications = Set.of();
    Set<String> diet = Set.of();
    Double warmupMinTypical = 10.0;
    Double shoeKm = 400.0;
    Integer heavyLegsSinceDays;
    Boolean firstKmOnly = false;
    Boolean worseStanding = false;
    Boolean claudication = false;
    LegSwelling legSwelling = LegSwelling.NONE;
    Boolean calfPainAtRest = false;
    Boolean chestPain = false;
    Boolean dizziness = false;
    Boolean breathlessness = false;
    Boolean cramps = false;
    Boolean numbness = false;
    Boolean heavyMenstrualBleeding = false;
    Boolean darkUrine = false;
    private final RunnerProfile runner;

    AthleteSpec(RunnerProfile runner, String name, int birthYear, double heightCm) {
        this.runner = runner;
        this.name = name;
        this.birthYear = birthYear;
        this.heightCm = heightCm;
    }

    Athlete build() {
        Symptoms s = new Symptoms(heavyLegsSinceDays, firstKmOnly, worseStanding, claudication, legSwelling,
                calfPainAtRest, chestPain, dizziness, breathlessness, cramps, numbness,
                runner.sex() == org.heavylegs.core.athlete.Sex.FEMALE ? heavyMenstrualBleeding : null, darkUrine);
        return new Athlete(name, runner.sex(), birthYear, heightCm, runner.massKg(), runner.hrMax(), runner.hrRest(),
                null, Math.rint(1000 / runner.thresholdSpeedMps()), conditions, medications, diet, warmupMinTypical,
                shoeKm, SimulatedScenario.ZONE.getId(), s);
    }
}
