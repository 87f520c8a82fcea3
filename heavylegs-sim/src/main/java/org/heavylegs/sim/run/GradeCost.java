package org.heavylegs.sim.run;

/**
 * The energy cost of running on a grade, Minetti AE, Moia C, Roi GS, Susta D, Ferretti G (2002),
 * J Appl Physiol 93:1039-1046: Cr(i) = 155.4 i^5 - 30.4 i^4 - 43.3 i^3 + 46.3 i^2 + 19.5 i + 3.6
 * J/kg/m for grade i (rise/run) in -0.45..0.45. Used as a ratio to level running only.
 */
final class GradeCost {
    private static final double[] COEFFICIENTS = {3.6, 19.5, 46.3, -43.3, -30.4, 155.4};
    private static final double LIMIT = 0.45;
    /**
     * How much of the cost change a runner absorbs by changing speed [heuristic]: uphill runners slow
     * roughly with the square root of the cost ratio; downhill they gain less than the cost saving.
     */
    static final double UPHILL_EXPONENT = 0.5;
    static final double DOWNHILL_EXPONENT = 0.25;

    private GradeCost() {
    }

    static double cost(double grade) {
        double i = Math.max(-LIMIT, Math.min(LIMIT, grade));
        double c = 0;
        for (int k = COEFFICIENTS.length - 1; k >= 0; k--) {
            c = c * i + COEFFICIENTS[k];
        }
        return c;
    }

    /** Cost relative to level running. */
    static double ratio(double grade) {
        return cost(grade) / COEFFICIENTS[0];
    }

    /** The speed factor a runner pacing by effort takes on a grade. */
    static double speedFactor(double grade) {
        double r = ratio(grade);
        return Math.pow(1 / r, r > 1 ? UPHILL_EXPONENT : DOWNHILL_EXPONENT);
    }
}
