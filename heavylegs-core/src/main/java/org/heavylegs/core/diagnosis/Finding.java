package org.heavylegs.core.diagnosis;

/**
 * One piece of evidence for or against a cause (DESIGN.md 2.3 "findings").
 *
 * @param marker    metric or observation id, e.g. "acwr", "mass_loss_pct", "claudication"
 * @param value     the measured value, NaN when the finding is categorical
 * @param valueText the categorical value ("none", "yes"), or null when numeric
 * @param unit      unit of value ("" when dimensionless)
 * @param threshold the rule it was compared with, readable ("> 1.5", "< 130 g/L")
 * @param supports  true when it argues for the cause, false when against
 * @param strength  weight from the evidence grade
 * @param reference short citation ("Gabbett 2016")
 * @param degree    how fully the marker is present, in (0, 1]: 1 when the rule is met in full; less
 *                  when the value is on its way to the rule and counts only in part (a share of
 *                  runs of 30 % against a rule of 50 % counts 0.6). Set by {@link Evidence#assess()}.
 */
public record Finding(String marker, double value, String valueText, String unit, String threshold,
                      boolean supports, Strength strength, String reference, double degree) {

    public static Finding numeric(String marker, double value, String unit, String threshold,
                                  boolean supports, Strength strength, String reference) {
        return new Finding(marker, value, null, unit, threshold, supports, strength, reference, 1.0);
    }

    public static Finding categorical(String marker, String valueText, String threshold,
                                      boolean supports, Strength strength, String reference) {
        return new Finding(marker, Double.NaN, valueText, "", threshold, supports, strength, reference, 1.0);
    }

    /** This finding counted at {@code d} of its full weight. */
    public Finding withDegree(double d) {
        return new Finding(marker, value, valueText, unit, threshold, supports, strength, reference, d);
    }

    /** True when the marker meets its rule only in part (degree below 1 at two decimals). */
    public boolean partial() {
        return Math.round(degree * 100) < 100;
    }
}
