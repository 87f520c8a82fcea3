package org.heavylegs.sim.scenario;

import java.time.LocalTime;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.sim.Expected;
import org.heavylegs.sim.history.DayPlan;
import org.heavylegs.sim.history.PlanDay;
import org.heavylegs.sim.history.TypicalWeek;
import org.heavylegs.sim.history.WellnessShift;
import org.heavylegs.sim.run.Recording;
import org.heavylegs.sim.run.RunPlan;
import org.heavylegs.sim.run.RunnerProfile;
import org.heavylegs.sim.run.Terrain;
import org.heavylegs.sim.run.Workouts;

/**
 * The article's "runner experiencing a 2 % decrease in body weight due to fluid loss": evening runs
 * in a summer heat wave (29-34 C, Stryd ambient sensor), a heavy sweater (~1.5 L/h) drinking
 * 0-200 mL/h. runs.csv weighs every run: 2-3.5 % loss on runs over an hour (ACSM 2007: > 2 %
 * impairs performance in the heat). The focus run, 95 min steady at 33 C, shows cardiac drift:
 * Pa:HR decoupling over 5 % (Friel convention).
 */
public final class DehydrationScenario extends SimulatedScenario {
    static final RunnerProfile RUNNER = new RunnerProfile(org.heavylegs.core.athlete.Sex.MALE, 70, 49, 189, 3.9, 64,
            172, 7.5, 8.3, 246, 50.2, 1.1, 40, Recording.WATCH_STRAP_AND_POD);

    public DehydrationScenario() {
        super("dehydration", "Runs in a heat wave drinking almost nothing: body mass loss over 2 % per run in runs.csv, "
                + "cardiac drift and decoupling over 5 % on the focus run.", 1002L, SIX_WEEKS, SUMMER_END);
    }

    @Override
    public Expected expected() {
        return Expected.cause(Expected.DEHYDRATION);
    }

    @Override
    protected RunnerProfile runner() {
        return RUNNER;
    }

    @Override
    protected Athlete athlete() {
        AthleteSpec a = new AthleteSpec(RUNNER, "Sam", 1992, 178);
        a.heavyLegsSinceDays = 12;
        return a.build();
    }

    @Override
    protected DayPlan plan(PlanDay day) {
        RunPlan p = day.isLast() ? Workouts.easy(RUNNER, 95) : TypicalWeek.plan(RUNNER, day);
        if (p == null) {
            return DayPlan.rest();
        }
        double heat = day.isLast() ? 33 : Math.rint(day.between(29, 34));
        boolean hot = heat >= 31;
        p.startTime(LocalTime.of(17, 30).plusMinutes((long) day.between(0, 60)))
                .terrain(Terrain.flat(410))
                .weather(heat, Math.rint(day.between(35, 50)))
                .intake(day.isLast() ? 150 : Math.rint(day.between(0, 200)), 0, 0)
                .heavyLegs(hot ? Math.rint(day.between(5, 7.5)) : Math.rint(day.between(3, 5)))
                .notes(hot ? "legs heavy and sluggish in the second half, very thirsty afterwards" : null)
                .logged(true);
        // Day after day in the heat with too little drink: morning mass creeps down [heuristic].
        double deficit = Math.min(1.0, day.index() / 30.0);
        return DayPlan.of(p).with(new WellnessShift(1.5 * deficit, 0, 0, -0.8 * deficit, 0, 1 * deficit, 0, 0,
                2.5 * deficit));
    }
}
