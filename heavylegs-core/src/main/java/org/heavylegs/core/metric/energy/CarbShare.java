package org.heavylegs.core.metric.energy;

/**
 * Share of energy from carbohydrate at a given intensity (SCIENCE.md 2.2). Intensity as a fraction
 * of VO2max comes from heart-rate reserve, taking %HRR as %VO2R (Swain DP, Leutholtz BC. Med Sci
 * Sports Exerc 1997;29:410 [recalled]):
 * <pre>%VO2max = HRr x (1 - 3.5/VO2max) + 3.5/VO2max</pre>
 * and the carbohydrate share is interpolated linearly through anchor points read approximately from
 * Romijn JA et al. Am J Physiol 1993;265:E380 (trained men, fasted, cycling) and the crossover
 * concept (Brooks & Mercier 1994): (25 %, 0.12), (65 %, 0.50), (85 %, 0.73), (100 %, 0.95)
 * [heuristic anchor values, SCIENCE.md 2.2; Romijn's exact numbers UNCONFIRMED, SCIENCE.md 14 item 4].
 * Outside the anchors the end values hold.
 */
public final class CarbShare {
    /** Fractions of VO2max of the anchor points [heuristic, SCIENCE.md 2.2]. */
    static final double[] VO2MAX_FRACTION = {0.25, 0.65, 0.85, 1.0};
    /** Carbohydrate share of energy at those points [heuristic, SCIENCE.md 2.2]. */
    static final double[] CARB_SHARE = {0.12, 0.50, 0.73, 0.95};
    /** Resting oxygen uptake, 1 MET, mL/kg/min (SCIENCE.md 10.9). */
    public static final double REST_VO2 = 3.5;
    /** VO2max assumed when the athlete's is unknown, mL/kg/min [heuristic: a trained recreational
     *  runner]; it only shifts the rest term 3.5/VO2max, a few percent of intensity. */
    public static final double DEFAULT_VO2MAX = 50.0;

    private CarbShare() {
    }

    /** Carbohydrate share of energy (0-1) at a fraction of VO2max. */
    public static double atVo2maxFraction(double fraction) {
        if (fraction <= VO2MAX_FRACTION[0]) {
            return CARB_SHARE[0];
        }
        for (int i = 1; i < VO2MAX_FRACTION.length; i++) {
            if (fraction <= VO2MAX_FRACTION[i]) {
                double f = (fraction - VO2MAX_FRACTION[i - 1]) / (VO2MAX_FRACTION[i] - VO2MAX_FRACTION[i - 1]);
                return CARB_SHARE[i - 1] + f * (CARB_SHARE[i] - CARB_SHARE[i - 1]);
            }
        }
        return CARB_SHARE[CARB_SHARE.length - 1];
    }

    /** Fraction of VO2max from a heart-rate-reserve fraction (Swain & Leutholtz 1997). */
    public static double vo2maxFractionFromHrReserve(double hrReserve, double vo2max) {
        double rest = REST_VO2 / vo2max;
        return hrReserve * (1 - rest) + rest;
    }
}
