package org.heavylegs.sim.history;

import java.time.LocalTime;
import java.time.temporal.IsoFields;
import org.heavylegs.sim.run.RunPlan;
import org.heavylegs.sim.run.RunnerProfile;
import org.heavylegs.sim.run.Workouts;

/**
 * A sensible recreational week with two rest days (Monday, Friday): easy runs, one quality
 * session (intervals or tempo, alternating weeks, both with a warm-up) and a Sunday long run.
 * About 4.5 hours and 45 km for a runner with a 4:20 /km threshold.
 */
public final class TypicalWeek {
    private TypicalWeek() {
    }

    /** The plan for this day, or null on a rest day. */
    public static RunPlan plan(RunnerProfile r, PlanDay day) {
        RunPlan p = switch (day.dayOfWeek()) {
            case MONDAY, FRIDAY -> null;
            case TUESDAY -> Workouts.easy(r, day.between(45, 55));
            case WEDNESDAY -> day.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) % 2 == 0
                    ? Workouts.intervals(r, 5, 240, 120, true)
                    : Workouts.tempo(r, day.between(20, 25), true);
            case THURSDAY -> Workouts.easy(r, day.between(40, 50));
            case SATURDAY -> Workouts.easy(r, day.between(35, 45));
            case SUNDAY -> Workouts.longRun(r, day.between(80, 100));
        };
        if (p == null) {
            return null;
        }
        boolean weekend = day.dayOfWeek().getValue() >= 6;
        int minutes = (int) day.between(0, 45);
        return p.startTime(weekend ? LocalTime.of(8, 0).plusMinutes(minutes) : LocalTime.of(6, 30).plusMinutes(minutes));
    }
}
