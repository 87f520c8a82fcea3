package org.heavylegs.core.metric.environment;

import java.util.List;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;

/** Relative humidity of the run, percent ({@link Ambient}: runs.csv, then an ambient sensor). */
public final class Humidity implements Metric {
    public static final String KEY = "humidity_pct";

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    public String needs() {
        return "humidity_pct in runs.csv or an ambient humidity sensor";
    }

    @Override
    public boolean runningOnly() {
        return false;
    }

    @Override
    public Outcome compute(MetricContext context) {
        Ambient a = Ambient.of(context);
        if (Double.isNaN(a.humidityPct())) {
            return Outcome.notApplicable("needs humidity_pct in runs.csv or an ambient humidity sensor");
        }
        return Outcome.values().with(KEY, a.humidityPct());
    }
}
