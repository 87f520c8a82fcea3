package org.heavylegs.sim.run;

/**
 * A running carbohydrate budget (SCIENCE.md 2.2): the store falls with the carbohydrate share of
 * the energy spent and rises with the carbohydrate eaten; when it is empty the runner hits the wall.
 */
final class Glycogen {
    /** Gross energy cost of running, about 1 kcal per kg per km (Margaria et al. 1963, as used by Rapoport 2010). */
    static final double KCAL_PER_KG_PER_KM = 1.0;
    /**
     * Carbohydrate share of energy by intensity (%VO2max, taken as the heart-rate-reserve fraction,
     * Swain & Leutholtz 1997): anchors from Romijn et al. 1993, SCIENCE.md 2.2 [heuristic anchors].
     */
    static final double[][] CHO_SHARE = {{0.25, 0.12}, {0.65, 0.50}, {0.85, 0.73}, {1.0, 0.95}};
    /** Exogenous carbohydrate oxidation caps near 1 g/min for a single sugar (Jeukendrup, GSSI SSE 108). */
    static final double MAX_EXOGENOUS_G_PER_H = 60;
    static final double KCAL_PER_G_CARBOHYDRATE = 4.0;

    private double storeKcal;

    Glycogen(double storeKcal) {
        this.storeKcal = storeKcal;
    }

    void step(double massKg, double gradeAdjustedMeters, double hrReserveFraction, double carbsGPerH, double seconds) {
        double spent = massKg * gradeAdjustedMeters / 1000.0 * KCAL_PER_KG_PER_KM * choShare(hrReserveFraction);
        double eaten = Math.min(carbsGPerH, MAX_EXOGENOUS_G_PER_H) * KCAL_PER_G_CARBOHYDRATE * seconds / 3600.0;
        storeKcal -= Math.max(0, spent - eaten);
    }

    boolean empty() {
        return storeKcal <= 0;
    }

    static double choShare(double intensity) {
        if (intensity <= CHO_SHARE[0][0]) {
            return CHO_SHARE[0][1];
        }
        for (int k = 1; k < CHO_SHARE.length; k++) {
            if (intensity <= CHO_SHARE[k][0]) {
                double f = (intensity - CHO_SHARE[k - 1][0]) / (CHO_SHARE[k][0] - CHO_SHARE[k - 1][0]);
                return CHO_SHARE[k - 1][1] + f * (CHO_SHARE[k][1] - CHO_SHARE[k - 1][1]);
            }
        }
        return CHO_SHARE[CHO_SHARE.length - 1][1];
    }
}
