package org.heavylegs.core.metric.durability;

import java.util.Arrays;
import java.util.Locale;
import org.heavylegs.core.metric.RunSeries;

/**
 * Compares a running-form channel late in the run with earlier in the run, at matched speed and
 * grade (SCIENCE.md 7.1): the early window is 20-40 % of the moving time, the late window the last
 * 20 %. Only seconds on near-flat ground (|grade| at most 4 %) whose speed is within 5 % of the early
 * window's median speed count, because cadence, contact time and bounce all change with speed and
 * slope. The comparison is of medians.
 */
final class LateVsEarly {
    static final double EARLY_FROM = 0.20;
    static final double EARLY_TO = 0.40;
    static final double LATE_FROM = 0.80;
    /** SCIENCE.md 7.1: matched grade-adjusted pace within +-5 %. */
    static final double SPEED_MATCH = 0.05;
    /** Near-flat ground only [heuristic]. */
    static final double MAX_GRADE = 0.04;
    /** Slower than this is not running [heuristic]. */
    static final double MIN_RUNNING_SPEED_M_S = 1.5;
    /** The run must last this long for windows of a few minutes each [heuristic]. */
    static final int MIN_RUN_S = 20 * 60;
    /** Each window needs this many matched seconds [heuristic]. */
    static final int MIN_MATCHED_S = 60;

    final double early;
    final double late;
    final String reason;

    private LateVsEarly(double early, double late, String reason) {
        this.early = early;
        this.late = late;
        this.reason = reason;
    }

    static LateVsEarly of(RunSeries s, double[] channel, String what) {
        int n = s.size();
        if (n < MIN_RUN_S) {
            return failed(String.format(Locale.ROOT, "needs a run of at least %d min (has %.0f)", MIN_RUN_S / 60, n / 60.0));
        }
        if (RunSeries.countValid(channel) == 0) {
            return failed("needs " + what);
        }
        double[] speed = s.speed();
        if (RunSeries.countValid(speed) == 0) {
            return failed("needs speed to match early and late windows");
        }
        int e0 = (int) (EARLY_FROM * n);
        int e1 = (int) (EARLY_TO * n);
        int l0 = (int) (LATE_FROM * n);
        double reference = RunSeries.median(running(speed, e0, e1));
        if (!(reference >= MIN_RUNNING_SPEED_M_S)) {
            return failed("no running in the early window (20-40 % of the run)");
        }
        double[] earlyValues = matched(s, channel, e0, e1, reference);
        double[] lateValues = matched(s, channel, l0, n, reference);
        if (earlyValues.length < MIN_MATCHED_S || lateValues.length < MIN_MATCHED_S) {
            return failed(String.format(Locale.ROOT,
                    "too little %s at matched speed and grade (early %d s, late %d s; needs %d s each)",
                    what, earlyValues.length, lateValues.length, MIN_MATCHED_S));
        }
        return new LateVsEarly(RunSeries.median(earlyValues), RunSeries.median(lateValues), null);
    }

    private static LateVsEarly failed(String reason) {
        return new LateVsEarly(Double.NaN, Double.NaN, reason);
    }

    private static double[] running(double[] speed, int from, int to) {
        double[] out = new double[to - from];
        int m = 0;
        for (int k = from; k < to; k++) {
            if (speed[k] >= MIN_RUNNING_SPEED_M_S) {
                out[m++] = speed[k];
            }
        }
        return Arrays.copyOf(out, m);
    }

    private static double[] matched(RunSeries s, double[] channel, int from, int to, double reference) {
        double[] speed = s.speed();
        double[] grade = s.grade();
        double[] out = new double[to - from];
        int m = 0;
        for (int k = from; k < to; k++) {
            double g = Double.isNaN(grade[k]) ? 0 : grade[k];
            if (!Double.isNaN(channel[k]) && Math.abs(speed[k] / reference - 1) <= SPEED_MATCH
                    && Math.abs(g) <= MAX_GRADE) {
                out[m++] = channel[k];
            }
        }
        return Arrays.copyOf(out, m);
    }

    /** (late - early) / early x 100. */
    double risePct() {
        return (late - early) / early * 100;
    }
}
