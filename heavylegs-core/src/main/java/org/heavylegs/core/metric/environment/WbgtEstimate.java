package org.heavylegs.core.metric.environment;

import org.heavylegs.core.metric.Outcome;

/**
 * Wet-bulb globe temperature estimated from air temperature and humidity only, with the Australian
 * Bureau of Meteorology approximation [recalled; UNCONFIRMED, SCIENCE.md 10.9 and 14 item 11]:
 * <pre>WBGT = 0.567 Ta + 0.393 e + 3.94,   e [hPa] = RH/100 x 6.105 x exp(17.27 Ta / (237.7 + Ta))</pre>
 * It ignores sun and wind, so in full sun the real WBGT is higher. The measured WBGT
 * (0.7 Tnwb + 0.2 Tg + 0.1 Tdb) needs instruments a runner does not carry.
 */
public final class WbgtEstimate extends HeatStressMetric {
    public static final String KEY = "wbgt_est_c";
    static final double TA = 0.567;
    static final double VAPOUR = 0.393;
    static final double OFFSET = 3.94;
    static final double E0_HPA = 6.105;
    static final double MAGNUS_A = 17.27;
    static final double MAGNUS_B = 237.7;

    public WbgtEstimate() {
        super(KEY);
    }

    @Override
    Outcome withValue(Outcome outcome, double temperatureC, double humidityPct) {
        return outcome.with(KEY, of(temperatureC, humidityPct));
    }

    /** The estimate in °C. */
    public static double of(double temperatureC, double humidityPct) {
        double e = humidityPct / 100 * E0_HPA * Math.exp(MAGNUS_A * temperatureC / (MAGNUS_B + temperatureC));
        return TA * temperatureC + VAPOUR * e + OFFSET;
    }
}
