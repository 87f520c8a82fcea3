package org.heavylegs.core.metric.energy;

/**
 * Daniels' VDOT from a race (Daniels J, Gilbert J. Oxygen Power, 1979; SCIENCE.md 10.10, formula
 * confirmed): with v the race speed in m/min and t its duration in min,
 * <pre>VO2 = -4.60 + 0.182258 v + 0.000104 v^2
 * %max = 0.8 + 0.1894393 e^(-0.012778 t) + 0.2989558 e^(-0.1932605 t)
 * VDOT = VO2 / %max</pre>
 * Accurate to about +-3-5 mL/kg/min against the lab (calculator documentation; grade C).
 */
public final class Vdot {
    static final double VO2_A = -4.60;
    static final double VO2_B = 0.182258;
    static final double VO2_C = 0.000104;
    static final double PCT_BASE = 0.8;
    static final double PCT_A = 0.1894393;
    static final double PCT_RATE_A = -0.012778;
    static final double PCT_B = 0.2989558;
    static final double PCT_RATE_B = -0.1932605;

    private Vdot() {
    }

    /** Oxygen cost of running at v m/min, mL/kg/min. */
    public static double oxygenCost(double metresPerMinute) {
        return VO2_A + VO2_B * metresPerMinute + VO2_C * metresPerMinute * metresPerMinute;
    }

    /** Fraction of VO2max sustainable for t minutes. */
    public static double fractionOfMax(double minutes) {
        return PCT_BASE + PCT_A * Math.exp(PCT_RATE_A * minutes) + PCT_B * Math.exp(PCT_RATE_B * minutes);
    }

    /** VDOT of a race: distance in metres run in the given seconds. */
    public static double of(double distanceM, double timeS) {
        double minutes = timeS / 60;
        return oxygenCost(distanceM / minutes) / fractionOfMax(minutes);
    }

    /** The race time (s) over a distance that a VDOT predicts (the inverse, by bisection). */
    public static double predictTimeS(double vdot, double distanceM) {
        double lo = distanceM / 12.0;   // faster than any human
        double hi = distanceM / 0.5;    // slower than walking
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (of(distanceM, mid) > vdot) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
