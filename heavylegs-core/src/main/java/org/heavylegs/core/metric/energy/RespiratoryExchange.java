package org.heavylegs.core.metric.energy;

/**
 * Carbohydrate share of energy from the respiratory exchange ratio, non-protein, with Frayn's
 * equations (Frayn KN. J Appl Physiol 1983;55:628 [recalled coefficients]; SCIENCE.md 2.2):
 * <pre>CHO g/min = 4.55 VCO2 - 3.21 VO2,  fat g/min = 1.67 VO2 - 1.67 VCO2   (L/min)</pre>
 * with 3.74 kcal/g carbohydrate and 9.5 kcal/g fat (SCIENCE.md 2.2: reproduces the classical Lusk
 * table within 0.5 %). Watches give no RER; this is for lab or metabolic-cart data and checks.
 */
public final class RespiratoryExchange {
    static final double CHO_PER_VCO2 = 4.55;
    static final double CHO_PER_VO2 = 3.21;
    static final double FAT_PER_LITRE = 1.67;
    /** Energy of oxidised carbohydrate (as glucose), kcal/g (SCIENCE.md 2.2). */
    static final double CHO_KCAL_PER_G = 3.74;
    /** Energy of oxidised fat, kcal/g (SCIENCE.md 2.2). */
    static final double FAT_KCAL_PER_G = 9.5;

    private RespiratoryExchange() {
    }

    /** Carbohydrate share of energy (0-1) at a respiratory exchange ratio, clamped to 0.70-1.00. */
    public static double carbShare(double rer) {
        double r = Math.max(0.70, Math.min(1.0, rer));
        double cho = Math.max(0, CHO_PER_VCO2 * r - CHO_PER_VO2);
        double fat = Math.max(0, FAT_PER_LITRE * (1 - r));
        double choKcal = cho * CHO_KCAL_PER_G;
        double fatKcal = fat * FAT_KCAL_PER_G;
        return choKcal / (choKcal + fatKcal);
    }
}
