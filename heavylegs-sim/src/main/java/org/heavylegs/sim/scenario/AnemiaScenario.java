package org.heavylegs.sim.scenario;

import java.util.List;
import java.util.Set;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.sim.Expected;
import org.heavylegs.sim.folder.Labs;
import org.heavylegs.sim.history.Climate;
import org.heavylegs.sim.history.DayPlan;
import org.heavylegs.sim.history.PlanDay;
import org.heavylegs.sim.history.TypicalWeek;
import org.heavylegs.sim.history.WellnessShift;
import org.heavylegs.sim.run.Recording;
import org.heavylegs.sim.run.RunPlan;
import org.heavylegs.sim.run.RunnerProfile;

/**
 * The article's "runner with iron-deficiency anemia [with] significant leg fatigue even at moderate
 * intensities": a vegetarian woman with heavy periods whose efficiency factor falls over six weeks
 * (15 % lower fitness by the end: about 10 % more heart rate at easy pace; VO2max falls roughly with
 * hemoglobin mass [heuristic]) while her load is unchanged and HRV stays at
 * baseline (SCIENCE.md 8.3: the watch signal is weak, labs decide). Hemoglobin 10.8 g/dL (below the
 * WHO 2024 cut-off of 12.0 g/dL for non-pregnant women: moderate anaemia), ferritin 9 ug/L (empty
 * stores, Clenin 2015 < 15), transferrin saturation 11 %. Breathlessness. Anaemia is a red flag.
 */
public final class AnemiaScenario extends SimulatedScenario {
    static final RunnerProfile RUNNER = new RunnerProfile(Sex.FEMALE, 57, 52, 190, 3.55, 68, 176, 7.5, 7.8, 240, 49.9,
            0.8, 36, Recording.WATCH_AND_STRAP);
    /** Days over which the decline builds, and the fitness left at the end [heuristic]. */
    static final int DECLINE_DAYS = 42;
    static final double FITNESS_AT_END = 0.85;

    public AnemiaScenario() {
        super("anemia", "Iron-deficiency anaemia: hemoglobin 10.8 g/dL, ferritin 9 ug/L, efficiency falling for weeks "
                + "with normal load and HRV, breathlessness.", 1009L, EIGHT_WEEKS, AUTUMN_END);
    }

    @Override
    public Expected expected() {
        return Expected.cause(Expected.ANEMIA, Expected.FLAG_ANEMIA);
    }

    @Override
    protected RunnerProfile runner() {
        return RUNNER;
    }

    @Override
    protected Athlete athlete() {
        AthleteSpec a = new AthleteSpec(RUNNER, "Alex", 1997, 166);
        a.diet = Set.of("vegetarian");
        a.heavyLegsSinceDays = 40;
        a.breathlessness = true;
        a.heavyMenstrualBleeding = true;
        return a.build();
    }

    @Override
    protected DayPlan plan(PlanDay day) {
        RunPlan p = TypicalWeek.plan(RUNNER, day);
        if (p == null) {
            return DayPlan.rest();
        }
        double into = Math.max(0, Math.min(1, (DECLINE_DAYS - day.daysToEnd()) / (double) DECLINE_DAYS));
        p.weather(Climate.morningC(day), Climate.humidity(day))
                .intake(p.plannedMovingSeconds() >= 3600 ? 400 : 0, "long".equals(p.label()) ? 40 : 0, 0)
                .fitness(1 - (1 - FITNESS_AT_END) * into)
                .heavyLegs(Math.rint(2 + 4 * into))
                .notes(into > 0.6 ? "breathless even on easy hills, legs heavy the whole run" : null)
                .logged(false);
        return DayPlan.of(p).with(new WellnessShift(2.5 * into, 0, 0, 0, 0.5 * into, 2.5 * into, 0, -1.5 * into,
                3.5 * into));
    }

    @Override
    protected List<LabValue> labs() {
        var date = lastDay().minusDays(5);
        return new Labs()
                .add(date, LabTest.HEMOGLOBIN, 10.8, "g/dL")
                .add(date, LabTest.FERRITIN, 9, "ug/L")
                .add(date, LabTest.TRANSFERRIN_SATURATION, 11, "%")
                .add(date, LabTest.CRP, 0.9, "mg/L")
                .list();
    }
}
