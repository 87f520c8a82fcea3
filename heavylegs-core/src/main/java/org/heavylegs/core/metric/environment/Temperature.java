package org.heavylegs.core.metric.environment;

import java.util.List;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;

/**
 * Air temperature of the run, °C, and where it came from ({@link Ambient}: runs.csv, then an ambient
 * sensor, then, flagged, the device's own sensor, which on the wrist reads several degrees warm).
 */
public final class Temperature implements Metric {
    public static final String KEY = "temperature_c";
    public static final String KEY_SOURCE = "temperature_source";
    public static final String DEVICE_NOTE =
            "temperature_c is the device's own sensor (no runs.csv or ambient value): on the wrist it reads several degrees above the air";

    @Override
    public List<String> keys() {
        return List.of(KEY, KEY_SOURCE);
    }

    @Override
    public String needs() {
        return "temperature_c in runs.csv, an ambient sensor, or (flagged) the device's temperature";
    }

    @Override
    public boolean runningOnly() {
        return false;
    }

    @Override
    public Outcome compute(MetricContext context) {
        Ambient a = Ambient.of(context);
        if (Double.isNaN(a.temperatureC())) {
            return Outcome.notApplicable("needs temperature_c in runs.csv or a temperature sensor");
        }
        Outcome o = Outcome.values().with(KEY, a.temperatureC()).with(KEY_SOURCE, a.temperatureSource());
        if (!a.airTemperatureKnown()) {
            o.note(DEVICE_NOTE);
        }
        return o;
    }
}
