package org.heavylegs.sim.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * One day of a simulated history, as a planner sees it.
 *
 * @param index     0 on the first day
 * @param daysToEnd 0 on the last day (the day of the focus run)
 * @param rnd       this day's own random generator
 */
public record PlanDay(LocalDate date, int index, int daysToEnd, SplittableRandom rnd) {

    public boolean isLast() {
        return daysToEnd == 0;
    }

    public DayOfWeek dayOfWeek() {
        return date.getDayOfWeek();
    }

    /** A uniform value in [from, to). */
    public double between(double from, double to) {
        return from + (to - from) * rnd.nextDouble();
    }
}
