package org.heavylegs.sim.history;

/**
 * Morning air temperature of a temperate (Central European) climate by day of year, with day-to-day
 * weather [heuristic: about 0 C in late January, 17 C in late July at 7 am].
 */
public final class Climate {
    static final double MEAN_C = 8.5;
    static final double SEASONAL_C = 8.5;
    static final int WARMEST_DAY_OF_YEAR = 202;

    private Climate() {
    }

    public static double morningC(PlanDay day) {
        double phase = 2 * Math.PI * (day.date().getDayOfYear() - WARMEST_DAY_OF_YEAR) / 365.0;
        return Math.rint(MEAN_C + SEASONAL_C * Math.cos(phase) + 2.5 * day.rnd().nextGaussian());
    }

    public static double humidity(PlanDay day) {
        return Math.rint(day.between(55, 90));
    }
}
