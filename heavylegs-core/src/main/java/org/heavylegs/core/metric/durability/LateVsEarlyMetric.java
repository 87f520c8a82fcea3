package org.heavylegs.core.metric.durability;

import java.util.List;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * What the form-change metrics share: one running-form channel late in the run against earlier, at
 * matched speed and grade ({@link LateVsEarly}), not applicable for the reason it gives.
 */
abstract class LateVsEarlyMetric implements Metric {
    private final String key;
    private final String what;

    /**
     * @param what the channel in words, for the needs and the reasons ("ground contact time")
     */
    LateVsEarlyMetric(String key, String what) {
        this.key = key;
        this.what = what;
    }

    @Override
    public final List<String> keys() {
        return List.of(key);
    }

    @Override
    public final String needs() {
        return what + " and speed over a run of at least " + LateVsEarly.MIN_RUN_S / 60 + " min";
    }

    @Override
    public final Outcome compute(MetricContext context) {
        LateVsEarly v = LateVsEarly.of(context.series(), channel(context.series()), what);
        if (v.reason != null) {
            return Outcome.notApplicable(v.reason);
        }
        return Outcome.values().with(key, value(v));
    }

    abstract double[] channel(RunSeries s);

    /** The metric from the comparison (a rise or a drop, %). */
    abstract double value(LateVsEarly v);
}
