package org.heavylegs.core.metric.durability;

import org.heavylegs.core.metric.RunSeries;

/**
 * Change of ground contact time late in the run against earlier, at matched speed and grade ({@link
 * LateVsEarly}: median of the last 20 % of the moving time against 20-40 %), given as a rise: (late
 * - early) / early x 100. SCIENCE.md 7.1 reads a rise above 5 % as fatigue [heuristic]; marathoners'
 * contact time rose 13.1 % from km 8 to km 40 (Chan-Roper M et al. J Sports Sci Med 2012;11:77-82,
 * confirmed).
 */
public final class GctRise extends LateVsEarlyMetric {
    public static final String KEY = "gct_rise_pct";
    /** SCIENCE.md 7.1 [heuristic]. */
    public static final double FATIGUE_ABOVE_PCT = 5.0;

    public GctRise() {
        super(KEY, "ground contact time");
    }

    @Override
    double[] channel(RunSeries s) {
        return s.groundContactTimeMs();
    }

    @Override
    double value(LateVsEarly v) {
        return v.risePct();
    }
}
