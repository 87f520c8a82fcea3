package org.heavylegs.core.metric.durability;

import org.heavylegs.core.metric.RunSeries;

/**
 * Change of vertical oscillation late in the run against earlier, at matched speed and grade ({@link
 * LateVsEarly}: median of the last 20 % of the moving time against 20-40 %), given as a rise: (late
 * - early) / early x 100. SCIENCE.md 7.1 reads a rise above 5 % as fatigue [heuristic].
 */
public final class VoRise extends LateVsEarlyMetric {
    public static final String KEY = "vo_rise_pct";
    /** SCIENCE.md 7.1 [heuristic]. */
    public static final double FATIGUE_ABOVE_PCT = 5.0;

    public VoRise() {
        super(KEY, "vertical oscillation");
    }

    @Override
    double[] channel(RunSeries s) {
        return s.verticalOscillationCm();
    }

    @Override
    double value(LateVsEarly v) {
        return v.risePct();
    }
}
