package org.heavylegs.core.metric.energy;

import java.util.List;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * "Hitting the wall", by the definition used to label 1,437 marathoners (ASICS/Shiga 2025, Front
 * Sports Act Living; SCIENCE.md 2.1, confirmed): after km 25, pace slower than 125 % of the mean pace
 * of km 5-20, sustained for more than 5 km. Here "sustained" means the mean pace of some 5-km
 * stretch starting at or after km 25 (moving time, so timer pauses do not count). Only runs of at
 * least 30 km can show it. {@code wall_onset_km} is where the first such stretch starts.
 */
public final class WallDetected implements Metric {
    public static final String KEY = "wall_detected";
    public static final String KEY_ONSET = "wall_onset_km";
    static final double REFERENCE_FROM_M = 5_000;
    static final double REFERENCE_TO_M = 20_000;
    static final double LATE_FROM_M = 25_000;
    static final double STRETCH_M = 5_000;
    /** Pace slower than this multiple of the reference pace counts (ASICS/Shiga 2025). */
    public static final double SLOW_PACE_RATIO = 1.25;

    @Override
    public List<String> keys() {
        return List.of(KEY, KEY_ONSET);
    }

    @Override
    public String needs() {
        return "distance over a run of at least 30 km";
    }

    @Override
    public Outcome compute(MetricContext context) {
        RunSeries s = context.series();
        double[] d = s.distance();
        int n = s.size();
        if (n == 0 || Double.isNaN(d[n - 1])) {
            return Outcome.notApplicable("needs distance");
        }
        if (d[n - 1] < LATE_FROM_M + STRETCH_M) {
            return Outcome.notApplicable("needs a run of at least 30 km (the definition looks at 5 km after km 25)");
        }
        int i5 = firstAtOrAfter(d, REFERENCE_FROM_M, 0);
        int i20 = firstAtOrAfter(d, REFERENCE_TO_M, i5);
        if (i20 <= i5) {
            return Outcome.notApplicable("needs time between km 5 and km 20");
        }
        double referenceSeconds = i20 - i5;
        double referenceSpeed = (d[i20] - d[i5]) / referenceSeconds;
        double slowSpeed = referenceSpeed / SLOW_PACE_RATIO;
        int end = firstAtOrAfter(d, LATE_FROM_M, 0);
        for (int a = end; a < n; a++) {
            int b = firstAtOrAfter(d, d[a] + STRETCH_M, Math.max(a, end));
            if (b >= n) {
                break;
            }
            end = b;
            double speed = (d[b] - d[a]) / (b - a);
            if (speed < slowSpeed) {
                return Outcome.values().with(KEY, true).with(KEY_ONSET, d[a] / 1000);
            }
        }
        return Outcome.values().with(KEY, false).without(KEY_ONSET, "no wall detected");
    }

    /** First index at or after {@code from} whose distance is at least {@code metres}; n when none. */
    private static int firstAtOrAfter(double[] d, double metres, int from) {
        int k = from;
        while (k < d.length && d[k] < metres) {
            k++;
        }
        return k;
    }
}
