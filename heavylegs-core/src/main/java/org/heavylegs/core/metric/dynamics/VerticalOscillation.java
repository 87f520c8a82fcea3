package org.heavylegs.core.metric.dynamics;

import java.util.List;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Mean vertical oscillation (bounce) while running, centimetres. Lower oscillation goes with better
 * running economy (Moore 2016, Sports Med 46:793; Folland 2017, MSSE 49:1412; SCIENCE.md 9.2).
 * Garmin's bands for it are UNCONFIRMED (SCIENCE.md 14 item 1).
 */
public final class VerticalOscillation implements Metric {
    public static final String KEY = "vo_cm";
    /** At least this many running seconds with a value [heuristic]. */
    static final int MIN_SECONDS = 60;

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    public String needs() {
        return "vertical oscillation (a running-dynamics sensor) while running";
    }

    @Override
    public Outcome compute(MetricContext context) {
        RunSeries s = context.series();
        boolean[] running = RunningSeconds.of(s);
        double[] x = s.verticalOscillationCm();
        if (RunningSeconds.count(x, running) < MIN_SECONDS) {
            return Outcome.notApplicable("needs vertical oscillation for at least a minute of running");
        }
        return Outcome.values().with(KEY, RunningSeconds.mean(x, running));
    }
}
