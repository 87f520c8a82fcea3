package org.heavylegs.core.metric.grade;

import java.util.List;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.Rolling;
import org.heavylegs.core.metric.RunSeries;

/**
 * Normalized graded pace. TrainingPeaks' own NGP algorithm is proprietary (SCIENCE.md 10.2, 14 item 3),
 * so we mirror normalized power [heuristic, SCIENCE.md 10.2]: grade-adjusted speed (Minetti 2002),
 * a 30-s trailing rolling mean, the 4th-power mean of that, its 4th root; given as pace.
 * Seconds standing with the timer running count as zero speed, as coasting does for power.
 */
public final class Ngp implements Metric {
    public static final String KEY = "ngp_s_per_km";
    /** Rolling window, seconds (as for normalized power). */
    static final int WINDOW_S = 30;
    /** Needs this many full windows [heuristic]. */
    static final int MIN_WINDOWS = 120;

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    public String needs() {
        return "speed (or distance or positions) for at least 2.5 min";
    }

    @Override
    public Outcome compute(MetricContext context) {
        double v = speed(context.series());
        if (!(v > 0)) {
            return Outcome.notApplicable("needs speed (or distance or positions) for at least 2.5 min");
        }
        return Outcome.values().with(KEY, 1000 / v);
    }

    /** NGP as a speed, m/s; NaN when fewer than {@link #MIN_WINDOWS} windows have data. */
    public static double speed(RunSeries s) {
        double[] rolled = Rolling.trailing(s.gapSpeed(), WINDOW_S);
        double sum = 0;
        int count = 0;
        for (int k = WINDOW_S - 1; k < rolled.length; k++) {
            double v = rolled[k];
            if (!Double.isNaN(v)) {
                double v2 = v * v;
                sum += v2 * v2;
                count++;
            }
        }
        return count < MIN_WINDOWS ? Double.NaN : Math.sqrt(Math.sqrt(sum / count));
    }
}
