package org.heavylegs.core.trend;

/**
 * Chronic and acute training load (CTL "fitness", ATL "fatigue") and form TSB = CTL - ATL, the
 * performance-management-chart convention of TrainingPeaks (SCIENCE.md 10.3, after Banister's
 * impulse-response model; Banister et al. 1975). Time constants 42 and 7 days.
 * <p>
 * Form used by default: the discrete EWMA X_t = X_{t-1} + (load_t - X_{t-1}) / tau (k = 1/tau), as
 * TrainingPeaks and most PMC implementations; the exact-exponential k = 1 - e^(-1/tau) is available
 * (they differ by under 1 %). TSB of day t uses the CTL and ATL of day t-1, so today's session does
 * not change today's form. A missing day (NaN) leaves CTL and ATL unchanged: no decay, no input.
 * <p>
 * CTL and ATL are NaN on a day when fewer than half the days of the CTL window up to it (or of the
 * whole series, when shorter) have a known load ({@link #MIN_KNOWN_FRACTION}): the holiday rule
 * holds the model still over a gap, but a model fed by a handful of days in six weeks, or by a
 * few files years apart, is no picture of fitness, and the first known day's load would otherwise
 * stand in for it (the seed). A gap of a whole CTL window ({@link #RESTART_GAP_DAYS}) is not held:
 * the model starts again after it, seeded anew.
 */
public final class FitnessFatigue {

    /** CTL time constant, days (TrainingPeaks PMC; SCIENCE.md 10.3). */
    public static final int CTL_DAYS = 42;
    /** ATL time constant, days (TrainingPeaks PMC; SCIENCE.md 10.3). */
    public static final int ATL_DAYS = 7;
    /** Days whose mean load seeds CTL and ATL (SCIENCE.md 10.3: "mean daily load of the first weeks"). */
    public static final int SEED_DAYS = 28;
    /**
     * Share of the CTL window (up to the day) that must have a known load for CTL, ATL and TSB to be
     * shown [heuristic: the same half-window rule as the EWMA ACWR's chronic load].
     */
    public static final double MIN_KNOWN_FRACTION = 0.5;
    /**
     * A stretch of this many missing days in a row ends the model: the holiday rule holds it over a
     * holiday, but not over a whole CTL window without data (years between two files, say), after
     * which the next known day starts it again with a seed of its own ({@link #seedFrom}), as at the
     * start of a history [heuristic: one CTL window].
     */
    public static final int RESTART_GAP_DAYS = CTL_DAYS;
    /** CTL rising more than this per week, sustained, is a fast ramp (SCIENCE.md 4.2: 5-8 [heuristic]). */
    public static final double RAMP_HIGH_PER_WEEK = 5.0;
    /** TSB below this for weeks is deep fatigue (SCIENCE.md 4.2: -20 to -30 [heuristic]). */
    public static final double TSB_LOW = -20.0;

    /** Which EWMA gain to use. */
    public enum Form {
        /** k = 1/tau (TrainingPeaks). */
        DISCRETE,
        /** k = 1 - e^(-1/tau). */
        EXPONENTIAL;

        double gain(int tau) {
            return this == DISCRETE ? 1.0 / tau : 1.0 - Math.exp(-1.0 / tau);
        }
    }

    /** CTL and ATL after each day; {@code seed} is the value before the first day. */
    public record Result(double[] ctl, double[] atl, double seed) {

        /** Form of day i: yesterday's CTL minus yesterday's ATL (the seeds on day 0). */
        public double tsb(int i) {
            return i == 0 ? 0.0 : ctl[i - 1] - atl[i - 1];
        }

        /** CTL change over the last 7 days to day i, NaN before a week of history. */
        public double rampPerWeek(int i) {
            return i >= 7 ? ctl[i] - ctl[i - 7] : Double.NaN;
        }
    }

    private FitnessFatigue() {
    }

    /**
     * CTL and ATL from {@code seed} before the first day; after {@link #RESTART_GAP_DAYS} missing
     * days in a row, both start again from {@link #seedFrom} the next known day.
     */
    public static Result compute(double[] load, double seed, Form form) {
        double[] ctl = ewma(load, seed, form.gain(CTL_DAYS));
        double[] atl = ewma(load, seed, form.gain(ATL_DAYS));
        for (int i = 0; i < load.length; i++) {
            if (!enoughKnown(load, i)) {
                ctl[i] = Double.NaN;
                atl[i] = Double.NaN;
            }
        }
        return new Result(ctl, atl, seed);
    }

    /** Days with a known load among the CTL window's days up to day {@code i} (fewer at the start). */
    public static int knownDays(double[] load, int i) {
        int known = 0;
        for (int j = Math.max(0, i - CTL_DAYS + 1); j <= i; j++) {
            known += Double.isNaN(load[j]) ? 0 : 1;
        }
        return known;
    }

    /** Days of the CTL window up to day {@code i} (fewer at the start of a series). */
    public static int windowDays(int i) {
        return Math.min(CTL_DAYS, i + 1);
    }

    /** True when enough of the CTL window up to day {@code i} is known for the model to be shown. */
    public static boolean enoughKnown(double[] load, int i) {
        return knownDays(load, i) >= MIN_KNOWN_FRACTION * windowDays(i);
    }

    /** With the default (discrete) form and the seed of {@link #seed(double[])}. */
    public static Result compute(double[] load) {
        return compute(load, seed(load), Form.DISCRETE);
    }

    /**
     * The mean known daily load of the {@link #SEED_DAYS} days from the first known day (0 when
     * none is known), so a history that starts mid-training does not begin at zero fitness.
     */
    public static double seed(double[] load) {
        int first = 0;
        while (first < load.length && Double.isNaN(load[first])) {
            first++;
        }
        return seedFrom(load, first);
    }

    /** The mean known daily load of the {@link #SEED_DAYS} days from day {@code from} (0 when none is known). */
    public static double seedFrom(double[] load, int from) {
        double m = Stats.mean(java.util.Arrays.copyOfRange(load, from, Math.min(load.length, from + SEED_DAYS)));
        return Double.isNaN(m) ? 0.0 : m;
    }

    private static double[] ewma(double[] load, double seed, double k) {
        double[] out = new double[load.length];
        double x = seed;
        int missingInARow = 0;
        for (int i = 0; i < load.length; i++) {
            if (Double.isNaN(load[i])) {
                missingInARow++;
            } else {
                if (missingInARow >= RESTART_GAP_DAYS && i > missingInARow) {
                    x = seedFrom(load, i); // a whole window without data: start again, not from stale values
                }
                missingInARow = 0;
                x = x + k * (load[i] - x);
            }
            out[i] = x;
        }
        return out;
    }
}
