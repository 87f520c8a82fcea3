package org.heavylegs.core.metric.durability;

import java.util.List;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;

/**
 * Change of ground contact time late in the run against earlier, at matched speed and grade ({@link
 * LateVsEarly}: median of the last 20 % of the moving time against 20-40 %), given as a rise: (late
 * - early) / early x 100. SCIENCE.md 7.1 reads a rise above 5 % as fatigue [heuristic]; marathoners'
 * contact time rose 13.1 % from km 8 to km 40 (Chan-Roper M et al. J Sports Sci Med 2012;11:77-82,
 * confirmed).
 */
public final class GctRise implements Metric {
    public static final String KEY = "gct_rise_pct";
    /** SCIENCE.md 7.1 [heuristic]. */
    public static final double FATIGUE_ABOVE_PCT = 5.0;

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    public String needs() {
        return "ground contact time and speed over a run of at least 20 min";
    }

    @Override
    public Outcome compute(MetricContext context) {
        LateVsEarly v = LateVsEarly.of(context.series(), context.series().groundContactTimeMs(), "ground contact time");
        if (v.reason != null) {
            return Outcome.notApplicable(v.reason);
        }
        return Outcome.values().with(KEY, v.risePct());
    }
}
