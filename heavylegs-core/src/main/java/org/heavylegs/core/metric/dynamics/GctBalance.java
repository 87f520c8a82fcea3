package org.heavylegs.core.metric.dynamics;

import org.heavylegs.core.metric.RunSeries;

/**
 * Mean ground-contact-time balance while running: the left foot's share of contact time, percent
 * (Garmin definition, confirmed; SCIENCE.md 9.2). 50 is symmetric; SCIENCE.md 9.4 suggests gait
 * analysis when it stays outside 47.8-52.2 % on repeated runs [band UNCONFIRMED].
 */
public final class GctBalance extends RunningMeanMetric {
    public static final String KEY = "gct_balance_pct";

    public GctBalance() {
        super(KEY, "ground contact time balance (a running-dynamics sensor) while running",
                "needs ground contact time balance for at least a minute of running");
    }

    @Override
    double[] channel(RunSeries s) {
        return s.gctBalanceLeftPct();
    }
}
