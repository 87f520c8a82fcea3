package org.heavylegs.sim.scenario;

import java.time.LocalTime;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.sim.Expected;
import org.heavylegs.sim.history.Climate;
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
 * The article's "long-distance run [where] the muscles become increasingly fatigued": a trail
 * runner with back-to-back long mountain runs every weekend (2-2.5 h, several hundred metres of
 * descent: eccentric load) whose form falls apart late in them at matched speed: cadence down
 * over 3 %, ground contact time up over 5 %, vertical oscillation up (SCIENCE.md 7.1; contact time
 * rose 13.1 % over a marathon in Chan-Roper 2012). Soreness is high (DOMS after descents), while
 * fuel (50 g/h), fluids, load ratio, HRV and labs are fine.
 */
public final class MuscleFatigueScenario extends SimulatedScenario {
    static final RunnerProfile RUNNER = new RunnerProfile(Sex.MALE, 74, 49, 184, 3.7, 60, 170, 7.5, 8.5, 250, 50.0,
            1.0, 38, Recording.WATCH_AND_STRAP);

    public MuscleFatigueScenario() {
        super("muscle_fatigue", "Long mountain runs with big descents: cadence drops over 3 %, contact time rises over "
                + "5 % and oscillation rises late in the run at matched speed; soreness high.", 1008L, SIX_WEEKS,
                AUTUMN_END);
    }

    @Override
    public Expected expected() {
        return Expected.cause(Expected.MUSCLE_FATIGUE);
    }

    @Override
    protected RunnerProfile runner() {
        return RUNNER;
    }

    @Override
    protected Athlete athlete() {
        AthleteSpec a = new AthleteSpec(RUNNER, "Andrea", 1985, 178);
        a.heavyLegsSinceDays = 28;
        return a.build();
    }

    @Override
    protected DayPlan plan(PlanDay day) {
        RunPlan p;
        boolean weekend = day.dayOfWeek().getValue() >= 6;
        if (weekend) {
            double minutes = day.isLast() ? 150 : day.dayOfWeek().getValue() == 7 ? day.between(135, 150) : day.between(110, 125);
            p = Workouts.longRun(RUNNER, minutes)
                    .subSport("trail")
                    .startTime(LocalTime.of(8, 0))
                    .terrain(Terrain.mountain(900))
                    .intake(500, 50, 400)
                    .formDecay(1.0)
                    .heavyLegs(Math.rint(day.between(6, 7.5)))
                    .notes("quads and calves trashed after the descents, form falls apart in the last hour")
                    .logged(false);
        } else {
            p = TypicalWeek.plan(RUNNER, day);
            if (p == null) {
                return DayPlan.rest();
            }
            p.heavyLegs(Math.rint(day.between(3, 5))).logged(false);
        }
        p.weather(Climate.morningC(day), Climate.humidity(day));
        // Sore after each mountain weekend, easing through the week [heuristic DOMS shape, peak 24-72 h].
        int sinceWeekend = day.dayOfWeek().getValue() == 7 ? 0 : day.dayOfWeek().getValue() % 7;
        double soreness = Math.max(0, 4.5 - 0.7 * sinceWeekend);
        return DayPlan.of(p).with(new WellnessShift(0, 0, 0, 0, soreness, 1.5, 0, 0, 3));
    }
}
