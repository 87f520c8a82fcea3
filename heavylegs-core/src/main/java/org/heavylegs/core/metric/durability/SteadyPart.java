package org.heavylegs.core.metric.durability;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.heavylegs.core.metric.Rolling;
import org.heavylegs.core.metric.RunSeries;

/**
 * The part of a run on which heart rate and pace can be compared over time (SCIENCE.md 10.5): the
 * moving seconds after the first 10 min (heart rate still settles before that) that have both heart
 * rate and grade-adjusted speed and are not spent standing. It must last long enough and be steady:
 * intervals and big pace changes make a drift meaningless.
 */
final class SteadyPart {
    /** SCIENCE.md 10.5: exclude the first 10 min. */
    static final int SKIP_S = 10 * 60;
    /** At least this much usable time after the first 10 min [heuristic; SCIENCE.md 10.5 says the
     *  value is most meaningful for steady runs of 60 min or more]. */
    static final int MIN_S = 20 * 60;
    /** Seconds slower than this are standing, not running [heuristic]. */
    static final double STANDING_SPEED_M_S = 0.5;
    /** Steadiness: the coefficient of variation of 60-s smoothed grade-adjusted speed may be at most this [heuristic]. */
    static final double MAX_SPEED_CV = 0.15;
    static final int SMOOTHING_S = 60;

    /** Grid indices of the usable seconds, in time order. */
    final int[] index;
    final String reason;

    private SteadyPart(int[] index, String reason) {
        this.index = index;
        this.reason = reason;
    }

    static SteadyPart of(RunSeries s) {
        double[] hr = s.hr();
        double[] gap = s.gapSpeed();
        double[] speed = s.speed();
        int n = s.size();
        if (RunSeries.countValid(hr) == 0) {
            return new SteadyPart(new int[0], "needs heart rate");
        }
        if (RunSeries.countValid(speed) == 0) {
            return new SteadyPart(new int[0], "needs speed (or distance or positions)");
        }
        int[] idx = new int[Math.max(0, n - SKIP_S)];
        int m = 0;
        for (int k = SKIP_S; k < n; k++) {
            if (!Double.isNaN(hr[k]) && !Double.isNaN(gap[k]) && speed[k] >= STANDING_SPEED_M_S) {
                idx[m++] = k;
            }
        }
        idx = Arrays.copyOf(idx, m);
        if (m < MIN_S) {
            return new SteadyPart(idx, String.format(Locale.ROOT,
                    "needs heart rate and speed for %d min after the first %d (has %.0f min)", MIN_S / 60, SKIP_S / 60, m / 60.0));
        }
        double[] smooth = Rolling.centred(gap, SMOOTHING_S);
        double sum = 0;
        double sum2 = 0;
        int c = 0;
        for (int k : idx) {
            double v = smooth[k];
            if (!Double.isNaN(v)) {
                sum += v;
                sum2 += v * v;
                c++;
            }
        }
        double mean = sum / c;
        double cv = Math.sqrt(Math.max(0, sum2 / c - mean * mean)) / mean;
        if (!(cv <= MAX_SPEED_CV)) {
            return new SteadyPart(idx, String.format(Locale.ROOT,
                    "not a steady run: grade-adjusted speed varies by %.0f %% (at most %.0f %%)", 100 * cv, 100 * MAX_SPEED_CV));
        }
        return new SteadyPart(idx, null);
    }

    Optional<String> unusable() {
        return Optional.ofNullable(reason);
    }

    int size() {
        return index.length;
    }

    /** Efficiency factor (mean grade-adjusted speed in m/min over mean HR) of the usable seconds in
     *  [from, to) of {@link #index}. */
    double efficiency(RunSeries s, int from, int to) {
        double v = 0;
        double h = 0;
        for (int j = from; j < to; j++) {
            v += s.gapSpeed()[index[j]];
            h += s.hr()[index[j]];
        }
        return (v * 60) / h;
    }

    /** Position in {@link #index} of the first usable second at or after the given share of the
     *  part's time span (so halves and thirds are split by time, not by sample count). */
    int atShareOfTime(double share) {
        if (index.length == 0) {
            return 0;
        }
        double t = index[0] + share * (index[index.length - 1] + 1 - index[0]);
        int lo = 0;
        int hi = index.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (index[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
