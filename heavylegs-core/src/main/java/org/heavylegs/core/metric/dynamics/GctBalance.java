package org.heavylegs.core.metric.dynamics;

import java.util.List;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Mean ground-contact-time balance while running: the left foot's share of contact time, percent
 * (Garmin definition, confirmed; SCIENCE.md 9.2). 50 is symmetric; SCIENCE.md 9.4 suggests gait
 * analysis when it stays outside 47.8-52.2 % on repeated runs [band UNCONFIRMED].
 */
public final class GctBalance implements Metric {
    public static final String KEY = "gct_balance_pct";
    /** At least this many running seconds with a value [heuristic]. */
    static final int MIN_SECONDS = 60;

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    public String needs() {
        return "ground contact time balance (a running-dynamics sensor) while running";
    }

    @Override
    public Outcome compute(MetricContext context) {
        RunSeries s = context.series();
        boolean[] running = RunningSeconds.of(s);
        double[] x = s.gctBalanceLeftPct();
        if (RunningSeconds.count(x, running) < MIN_SECONDS) {
            return Outcome.notApplicable("needs ground contact time balance for at least a minute of running");
        }
        return Outcome.values().with(KEY, RunningSeconds.mean(x, running));
    }
}
