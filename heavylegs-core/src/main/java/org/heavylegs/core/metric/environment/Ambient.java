package org.heavylegs.core.metric.environment;

import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.RunSeries;

/**
 * The air the run was in: temperature and relative humidity, each from the best source there is.
 * First the run's runs.csv row (the runner's or a weather service's value), then a trusted ambient
 * sensor recorded with the run (e.g. Stryd's footpod fields), and for temperature last the device's
 * own sensor, which on the wrist reads several degrees above the air (SCIENCE.md 10.9: use weather
 * data, not the watch) and is therefore flagged and not used for heat stress.
 *
 * @param temperatureC      NaN when unknown
 * @param temperatureSource one of the SOURCE_ constants, null when unknown
 * @param humidityPct       NaN when unknown
 * @param humiditySource    one of the SOURCE_ constants, null when unknown
 */
public record Ambient(double temperatureC, String temperatureSource, double humidityPct, String humiditySource) {
    public static final String SOURCE_RUN_LOG = "runs.csv";
    public static final String SOURCE_AMBIENT_SENSOR = "ambient sensor";
    public static final String SOURCE_DEVICE = "device sensor";
    /** Plausible air temperatures, °C [heuristic]. */
    static final double MIN_C = -50;
    static final double MAX_C = 60;

    /** True when the temperature is the air's (not the device's body-warmed sensor). */
    public boolean airTemperatureKnown() {
        return !Double.isNaN(temperatureC) && !SOURCE_DEVICE.equals(temperatureSource);
    }

    public static Ambient of(MetricContext context) {
        RunLogEntry log = context.run().orElse(null);
        RunSeries s = context.series();
        double t = Double.NaN;
        String tSource = null;
        if (log != null && log.temperatureC() != null && log.temperatureC() >= MIN_C && log.temperatureC() <= MAX_C) {
            t = log.temperatureC();
            tSource = SOURCE_RUN_LOG;
        } else if (RunSeries.countValid(s.ambientTemperatureC()) > 0) {
            t = RunSeries.mean(s.ambientTemperatureC(), 0, s.size());
            tSource = SOURCE_AMBIENT_SENSOR;
        } else if (RunSeries.countValid(s.deviceTemperatureC()) > 0) {
            t = RunSeries.mean(s.deviceTemperatureC(), 0, s.size());
            tSource = SOURCE_DEVICE;
        }
        double rh = Double.NaN;
        String rhSource = null;
        if (log != null && log.humidityPct() != null && log.humidityPct() >= 0 && log.humidityPct() <= 100) {
            rh = log.humidityPct();
            rhSource = SOURCE_RUN_LOG;
        } else if (RunSeries.countValid(s.humidityPct()) > 0) {
            rh = RunSeries.mean(s.humidityPct(), 0, s.size());
            rhSource = SOURCE_AMBIENT_SENSOR;
        }
        return new Ambient(t, tSource, rh, rhSource);
    }

    /** Why heat stress cannot be computed, or null when it can. */
    String heatStressMissing() {
        if (Double.isNaN(temperatureC)) {
            return "needs air temperature (runs.csv temperature_c or an ambient sensor)";
        }
        if (!airTemperatureKnown()) {
            return "needs air temperature: only the device's own sensor was recorded, which reads above the air";
        }
        if (Double.isNaN(humidityPct)) {
            return "needs relative humidity (runs.csv humidity_pct or an ambient sensor)";
        }
        return null;
    }
}
