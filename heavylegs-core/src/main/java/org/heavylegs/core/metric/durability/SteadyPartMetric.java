package org.heavylegs.core.metric.durability;

import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * What the heart-rate-against-pace metrics share: they are computed over the run's {@link SteadyPart}
 * and are not applicable for the reason it gives when the run has none.
 */
abstract class SteadyPartMetric implements Metric {

    @Override
    public final String needs() {
        return "heart rate and speed for 20 min after the first 10, at a steady pace";
    }

    @Override
    public final Outcome compute(MetricContext context) {
        RunSeries s = context.series();
        SteadyPart part = SteadyPart.of(s);
        if (part.unusable().isPresent()) {
            return Outcome.notApplicable(part.unusable().get());
        }
        return compute(s, part);
    }

    /** The metric over a usable steady part. */
    abstract Outcome compute(RunSeries s, SteadyPart part);
}
