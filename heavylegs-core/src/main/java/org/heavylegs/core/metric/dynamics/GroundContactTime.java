package org.heavylegs.core.metric.dynamics;

import java.util.List;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Mean ground contact time while running, milliseconds (running-dynamics sensor or watch). Elite
 * runners are nearer 200 than 300 ms (SCIENCE.md 9.2); Garmin's bands for GCT are UNCONFIRMED
 * (SCIENCE.md 14 item 1), and contact time barely relates to economy (Van Hooren 2024, r = -0.02),
 * so it is a form-change marker within a run more than a quality score.
 */
public final class GroundContactTime implements Metric {
    public static final String KEY = "gct_ms";
    /** At least this many running seconds with a value [heuristic]. */
    static final int MIN_SECONDS = 60;

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    public String needs() {
        return "ground contact time (a running-dynamics sensor) while running";
    }

    @Override
    public Outcome compute(MetricContext context) {
        RunSeries s = context.series();
        boolean[] running = RunningSeconds.of(s);
        double[] x = s.groundContactTimeMs();
        if (RunningSeconds.count(x, running) < MIN_SECONDS) {
            return Outcome.notApplicable("needs ground contact time for at least a minute of running");
        }
        return Outcome.values().with(KEY, RunningSeconds.mean(x, running));
    }
}
