package org.heavylegs.core.metric.durability;

import org.heavylegs.core.metric.RunSeries;

/**
 * Change of cadence late in the run against earlier, at matched speed and grade ({@link
 * LateVsEarly}: median of the last 20 % of the moving time against 20-40 %), given as a drop: (early
 * - late) / early x 100, so positive means fewer steps per minute late in the run. SCIENCE.md 7.1
 * reads a drop above 3 % as fatigue [heuristic].
 */
public final class CadenceDrop extends LateVsEarlyMetric {
    public static final String KEY = "cadence_drop_pct";
    /** SCIENCE.md 7.1 [heuristic]. */
    public static final double FATIGUE_ABOVE_PCT = 3.0;

    public CadenceDrop() {
        super(KEY, "running cadence");
    }

    @Override
    double[] channel(RunSeries s) {
        return s.cadence();
    }

    @Override
    double value(LateVsEarly v) {
        return -v.risePct();
    }
}
