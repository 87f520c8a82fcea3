package org.heavylegs.core.metric.dynamics;

import org.heavylegs.core.metric.RunSeries;

/**
 * Mean vertical oscillation (bounce) while running, centimetres. Lower oscillation goes with better
 * running economy (Moore 2016, Sports Med 46:793; Folland 2017, MSSE 49:1412; SCIENCE.md 9.2).
 * Garmin's bands for it are UNCONFIRMED (SCIENCE.md 14 item 1).
 */
public final class VerticalOscillation extends RunningMeanMetric {
    public static final String KEY = "vo_cm";

    public VerticalOscillation() {
        super(KEY, "vertical oscillation (a running-dynamics sensor) while running",
                "needs vertical oscillation for at least a minute of running");
    }

    @Override
    double[] channel(RunSeries s) {
        return s.verticalOscillationCm();
    }
}
