package org.heavylegs.core.metric.fluids;

import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;

/**
 * What the fluid metrics share: they are computed from the run's {@link SweatBalance} (its runs.csv
 * row), are not applicable for the reason the balance gives when it cannot be made, and apply to
 * any sport.
 */
abstract class SweatBalanceMetric implements Metric {

    @Override
    public final boolean runningOnly() {
        return false;
    }

    @Override
    public final Outcome compute(MetricContext context) {
        SweatBalance b = SweatBalance.of(context);
        if (b.reason != null) {
            return Outcome.notApplicable(b.reason);
        }
        return compute(b, context);
    }

    /** The metric from a balance that could be made. */
    abstract Outcome compute(SweatBalance b, MetricContext context);
}
