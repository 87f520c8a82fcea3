package org.heavylegs.core.metric.environment;

import org.heavylegs.core.metric.Outcome;

/**
 * Heat index, the US National Weather Service's "feels like" temperature (Rothfusz LP. NWS Technical
 * Attachment SR 90-23, 1990; NWS/WPC heat index equation; SCIENCE.md 10.9, confirmed), with T in °F
 * and RH in %:
 * <ol>
 *   <li>simple form HI = 0.5 (T + 61 + 1.2 (T - 68) + 0.094 RH), averaged with T; if that average is
 *       below 80 °F it is the result;</li>
 *   <li>else the Rothfusz regression (below);</li>
 *   <li>minus ((13 - RH)/4) sqrt((17 - |T - 95|)/17) when RH &lt; 13 % and 80 &le; T &le; 112 °F;</li>
 *   <li>plus ((RH - 85)/10) ((87 - T)/5) when RH &gt; 85 % and 80 &le; T &le; 87 °F.</li>
 * </ol>
 * The regression's error is about +-1.3 °F; values are for shade and light wind (full sun adds up to
 * 15 °F). NWS reads 80-90 °F as caution, 90-103 extreme caution, 103-124 danger, 125+ extreme danger.
 */
public final class HeatIndex extends HeatStressMetric {
    public static final String KEY = "heat_index_c";
    static final double C1 = -42.379;
    static final double C2 = 2.04901523;
    static final double C3 = 10.14333127;
    static final double C4 = -0.22475541;
    static final double C5 = -0.00683783;
    static final double C6 = -0.05481717;
    static final double C7 = 0.00122874;
    static final double C8 = 0.00085282;
    static final double C9 = -0.00000199;
    /** Below this (°F) the simple form is used (NWS). */
    static final double REGRESSION_FROM_F = 80;

    public HeatIndex() {
        super(KEY);
    }

    @Override
    Outcome withValue(Outcome outcome, double temperatureC, double humidityPct) {
        return outcome.with(KEY, celsius(temperatureC, humidityPct));
    }

    /** Heat index in °C from air temperature in °C. */
    public static double celsius(double temperatureC, double humidityPct) {
        return (fahrenheit(temperatureC * 9 / 5 + 32, humidityPct) - 32) * 5 / 9;
    }

    /** Heat index in °F (the NWS procedure above). */
    public static double fahrenheit(double t, double rh) {
        double simple = 0.5 * (t + 61.0 + (t - 68.0) * 1.2 + rh * 0.094);
        double averaged = (simple + t) / 2;
        if (averaged < REGRESSION_FROM_F) {
            return averaged;
        }
        double hi = C1 + C2 * t + C3 * rh + C4 * t * rh + C5 * t * t + C6 * rh * rh
                + C7 * t * t * rh + C8 * t * rh * rh + C9 * t * t * rh * rh;
        if (rh < 13 && t >= 80 && t <= 112) {
            hi -= ((13 - rh) / 4) * Math.sqrt((17 - Math.abs(t - 95)) / 17);
        } else if (rh > 85 && t >= 80 && t <= 87) {
            hi += ((rh - 85) / 10) * ((87 - t) / 5);
        }
        return hi;
    }
}
