package org.heavylegs.sim.scenario;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.sim.Expected;
import org.heavylegs.sim.folder.Labs;
import org.heavylegs.sim.history.DayPlan;
import org.heavylegs.sim.history.PlanDay;
import org.heavylegs.sim.run.Recording;
import org.heavylegs.sim.run.RunPlan;
import org.heavylegs.sim.run.RunnerProfile;
import org.heavylegs.sim.run.Terrain;
import org.heavylegs.sim.run.Workouts;

/**
 * Two causes at once (the one {@code heavylegs demo} writes): a runner who trains in summer heat
 * with almost nothing to drink (mass loss over 2 % in runs.csv, decoupling over 5 %) and who starts
 * every session at full pace without a warm-up (at least 95 % of main-set speed in the first 3 min,
 * warm-up 0 min, warmup_min_typical 0). Labs are normal. Both dehydration and inadequate warm-up must
 * come out likely.
 */
public final class DehydrationAndWarmupScenario extends SimulatedScenario {
    static final RunnerProfile RUNNER = new RunnerProfile(Sex.MALE, 70, 50, 188, 3.9, 63, 173, 7.5, 8.3, 245, 50.1,
            1.0, 40, Recording.WATCH_STRAP_AND_POD);
    /** The focus run's steady speed as a share of threshold: a brisk steady run. */
    static final double STEADY_SHARE = 0.85;

    public DehydrationAndWarmupScenario() {
        super("dehydration_and_warmup", "Two causes at once: hot runs with almost no drink (mass loss over 2 %, "
                + "decoupling over 5 %) all started at full pace without a warm-up.", 1011L, SIX_WEEKS, SUMMER_END);
    }

    @Override
    public Expected expected() {
        return Expected.causes(Set.of(Expected.DEHYDRATION, Expected.INADEQUATE_WARMUP));
    }

    @Override
    protected RunnerProfile runner() {
        return RUNNER;
    }

    @Override
    protected Athlete athlete() {
        AthleteSpec a = new AthleteSpec(RUNNER, "Robin", 1993, 180);
        a.warmupMinTypical = 0.0;
        a.heavyLegsSinceDays = 14;
        a.firstKmOnly = null; // heavy at the start and again late: not answered either way
        return a.build();
    }

    @Override
    protected DayPlan plan(PlanDay day) {
        RunPlan p = switch (day.dayOfWeek()) {
            case MONDAY, FRIDAY -> null;
            case TUESDAY, THURSDAY -> Workouts.intervals(RUNNER, 5, 180, 120, false).subSport("track");
            case WEDNESDAY, SATURDAY -> Workouts.easyNoWarmup(RUNNER, day.between(40, 55));
            case SUNDAY -> Workouts.steadyFromTheStart("steady", day.isLast() ? 90 : day.between(75, 90),
                    STEADY_SHARE * RUNNER.thresholdSpeedMps());
        };
        if (p == null) {
            return DayPlan.rest();
        }
        p.startTime(LocalTime.of(17, 45).plusMinutes((long) day.between(0, 45)))
                .terrain(Terrain.flat(400))
                .weather(day.isLast() ? 32 : Math.rint(day.between(28, 33)), Math.rint(day.between(35, 50)))
                .intake(day.isLast() ? 0 : Math.rint(day.between(0, 150)), 0, 0)
                .coldStart(true)
                .heavyLegs(Math.rint(day.between(5.5, 7.5)))
                .notes("heavy from the first step, and again in the last half hour; thirsty")
                .logged(true);
        return DayPlan.of(p);
    }

    /** A normal panel four weeks before, so that the demo shows anaemia and electrolytes as assessed, not unknown. */
    @Override
    protected List<LabValue> labs() {
        var date = lastDay().minusDays(28);
        return new Labs()
                .add(date, LabTest.HEMOGLOBIN, 15.2, "g/dL")
                .add(date, LabTest.FERRITIN, 75, "ug/L")
                .add(date, LabTest.SODIUM, 141, "mmol/L")
                .add(date, LabTest.MAGNESIUM, 0.88, "mmol/L")
                .list();
    }
}
