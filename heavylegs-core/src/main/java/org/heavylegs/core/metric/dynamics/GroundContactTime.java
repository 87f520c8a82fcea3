package org.heavylegs.core.metric.dynamics;

import org.heavylegs.core.metric.RunSeries;

/**
 * Mean ground contact time while running, milliseconds (running-dynamics sensor or watch). Elite
 * runners are nearer 200 than 300 ms (SCIENCE.md 9.2); Garmin's bands for GCT are UNCONFIRMED
 * (SCIENCE.md 14 item 1), and contact time barely relates to economy (Van Hooren 2024, r = -0.02),
 * so it is a form-change marker within a run more than a quality score.
 */
public final class GroundContactTime extends RunningMeanMetric {
    public static final String KEY = "gct_ms";

    public GroundContactTime() {
        super(KEY, "ground contact time (a running-dynamics sensor) while running",
                "needs ground contact time for at least a minute of running");
    }

    @Override
    double[] channel(RunSeries s) {
        return s.groundContactTimeMs();
    }
}
