package org.heavylegs.core.metric.environment;

import org.heavylegs.core.metric.Outcome;

/**
 * Heat-stress flag of the run from the estimated WBGT ({@link WbgtEstimate}), with the ACSM race
 * flags (Armstrong LE et al. ACSM position stand: exertional heat illness. Med Sci Sports Exerc
 * 2007;39:556; SCIENCE.md 10.9, confirmed via secondary): "white" below 10 °C (hypothermia risk),
 * "green" 10-18, "yellow" 18-23, "red" 23-28, "black" above 28 °C (cancel or withdraw).
 */
public final class HeatCategory extends HeatStressMetric {
    public static final String KEY = "heat_category";
    /** ACSM 2007 flag edges, WBGT °C. */
    public static final double WHITE_BELOW_C = 10;
    public static final double YELLOW_FROM_C = 18;
    public static final double RED_FROM_C = 23;
    public static final double BLACK_ABOVE_C = 28;

    public HeatCategory() {
        super(KEY);
    }

    @Override
    Outcome withValue(Outcome outcome, double temperatureC, double humidityPct) {
        return outcome.with(KEY, of(WbgtEstimate.of(temperatureC, humidityPct)));
    }

    /** The ACSM flag of a WBGT in °C. */
    public static String of(double wbgtC) {
        if (wbgtC > BLACK_ABOVE_C) {
            return "black";
        }
        if (wbgtC >= RED_FROM_C) {
            return "red";
        }
        if (wbgtC >= YELLOW_FROM_C) {
            return "yellow";
        }
        return wbgtC >= WHITE_BELOW_C ? "green" : "white";
    }
}
