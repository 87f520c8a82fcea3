package org.heavylegs.sim.scenario;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.sim.Expected;
import org.heavylegs.sim.history.Climate;
import org.heavylegs.sim.history.DayPlan;
import org.heavylegs.sim.history.PlanDay;
import org.heavylegs.sim.history.TypicalWeek;
import org.heavylegs.sim.run.Recording;
import org.heavylegs.sim.run.RunPlan;
import org.heavylegs.sim.run.RunnerProfile;
import org.heavylegs.sim.run.Terrain;
import org.heavylegs.sim.run.Workouts;

/**
 * The article's "runner attempting to maintain a specific pace beyond the point of glycogen
 * depletion": a marathoner whose Sunday long runs (28-32 km, 2.5-3 h at goal pace 5:00 /km) are done
 * fasted with water only (carbs 0 g in runs.csv). The glycogen budget (Rapoport 2010 style, about
 * 1,050 kcal of stores when fasted and not loaded) empties near 24 km; pace then collapses to over
 * 125 % of the 5-20 km mean for the rest of the run (the wall definition of Shiga et al. 2025).
 */
public final class GlycogenDepletionScenario extends SimulatedScenario {
    static final RunnerProfile RUNNER = new RunnerProfile(Sex.MALE, 68, 47, 186, 3.85, 70, 174, 7.5, 8.0, 240, 50.0,
            1.0, 38, Recording.WATCH_AND_STRAP);
    /** Goal marathon pace 5:00 /km. */
    static final double MARATHON_PACE_MPS = 1000.0 / 300;
    /** Stores after an overnight fast on a habitual diet [heuristic, below SCIENCE.md O17's 1,576 kcal loaded]. */
    static final double FASTED_GLYCOGEN_KCAL = 1050;

    public GlycogenDepletionScenario() {
        super("glycogen_depletion", "A marathoner drinking only water on 2.5-3 h long runs: carbohydrate 0 g in runs.csv, "
                + "the glycogen budget runs out near km 24 and pace collapses past 125 % of the 5-20 km mean.",
                1003L, SIX_WEEKS, AUTUMN_END);
    }

    @Override
    public Expected expected() {
        return Expected.cause(Expected.GLYCOGEN_DEPLETION);
    }

    @Override
    protected RunnerProfile runner() {
        return RUNNER;
    }

    @Override
    protected Athlete athlete() {
        AthleteSpec a = new AthleteSpec(RUNNER, "Marco", 1986, 176);
        a.heavyLegsSinceDays = 30;
        return a.build();
    }

    @Override
    protected DayPlan plan(PlanDay day) {
        RunPlan p;
        if (day.dayOfWeek() == DayOfWeek.SUNDAY) {
            double km = day.isLast() ? 32 : Math.rint(day.between(28, 31));
            p = Workouts.longRunKm(km, MARATHON_PACE_MPS)
                    .startTime(LocalTime.of(7, 30))
                    .terrain(Terrain.rolling(430))
                    .intake(400, 0, 0)
                    .glycogenKcal(FASTED_GLYCOGEN_KCAL)
                    .heavyLegs(8)
                    .notes("no breakfast, water only; legs went heavy as lead after ~24 km, had to jog it in")
                    .logged(false);
        } else {
            p = TypicalWeek.plan(RUNNER, day);
            if (p == null) {
                return DayPlan.rest();
            }
            p.heavyLegs(Math.rint(day.between(1, 3))).logged(false);
        }
        p.weather(Climate.morningC(day), Climate.humidity(day));
        return DayPlan.of(p);
    }
}
