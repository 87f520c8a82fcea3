package org.heavylegs.core.metric.durability;

import java.util.List;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;

/**
 * Change of cadence late in the run against earlier, at matched speed and grade ({@link
 * LateVsEarly}: median of the last 20 % of the moving time against 20-40 %), given as a drop: (early
 * - late) / early x 100, so positive means fewer steps per minute late in the run. SCIENCE.md 7.1
 * reads a drop above 3 % as fatigue [heuristic].
 */
public final class CadenceDrop implements Metric {
    public static final String KEY = "cadence_drop_pct";
    /** SCIENCE.md 7.1 [heuristic]. */
    public static final double FATIGUE_ABOVE_PCT = 3.0;

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    public String needs() {
        return "running cadence and speed over a run of at least 20 min";
    }

    @Override
    public Outcome compute(MetricContext context) {
        LateVsEarly v = LateVsEarly.of(context.series(), context.series().cadence(), "running cadence");
        if (v.reason != null) {
            return Outcome.notApplicable(v.reason);
        }
        return Outcome.values().with(KEY, -v.risePct());
    }
}
