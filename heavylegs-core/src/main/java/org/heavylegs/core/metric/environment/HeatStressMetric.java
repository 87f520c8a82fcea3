package org.heavylegs.core.metric.environment;

import java.util.List;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;

/**
 * What the heat-stress metrics share: one value computed from the air temperature and relative
 * humidity of the run ({@link Ambient}); not applicable when either is unknown, or when the only
 * temperature is the device's own sensor, which reads above the air. Any sport.
 */
abstract class HeatStressMetric implements Metric {
    private final String key;

    HeatStressMetric(String key) {
        this.key = key;
    }

    @Override
    public final List<String> keys() {
        return List.of(key);
    }

    @Override
    public final String needs() {
        return "air temperature and relative humidity (runs.csv or an ambient sensor)";
    }

    @Override
    public final boolean runningOnly() {
        return false;
    }

    @Override
    public final Outcome compute(MetricContext context) {
        Ambient a = Ambient.of(context);
        String missing = a.heatStressMissing();
        if (missing != null) {
            return Outcome.notApplicable(missing);
        }
        return withValue(Outcome.values(), a.temperatureC(), a.humidityPct());
    }

    /** The outcome with this metric's value of the air, under its key. */
    abstract Outcome withValue(Outcome outcome, double temperatureC, double humidityPct);
}
