package org.heavylegs.core.athlete;

/**
 * Albumin-corrected total calcium (Payne RB, Little AJ, Williams RB, Milner JR 1973, BMJ 4:643-646
 * [recalled]): Ca_corr = Ca + 0.02 x (40 - albumin), Ca in mmol/L, albumin in g/L. Low albumin lowers
 * the bound fraction of total calcium, so an uncorrected value would look falsely low.
 */
public final class CorrectedCalcium {

    /** mmol/L of calcium added per g/L of albumin below the reference albumin (Payne 1973). */
    public static final double MMOL_PER_G_ALBUMIN = 0.02;
    /** The reference albumin concentration of the formula, g/L (Payne 1973). */
    public static final double REFERENCE_ALBUMIN_G_L = 40.0;

    private CorrectedCalcium() {
    }

    /**
     * @param calciumMmolL total serum calcium, mmol/L
     * @param albuminGL    serum albumin, g/L (same draw)
     * @return corrected total calcium, mmol/L
     */
    public static double mmolPerL(double calciumMmolL, double albuminGL) {
        return calciumMmolL + MMOL_PER_G_ALBUMIN * (REFERENCE_ALBUMIN_G_L - albuminGL);
    }
}
