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
 */
public record Finding(String marker, double value, String valueText, String unit, String threshold,
                      boolean supports, Strength strength, String reference) {

    public static Finding numeric(String marker, double value, String unit, String threshold,
                                  boolean supports, Strength strength, String reference) {
        return new Finding(marker, value, null, unit, threshold, supports, strength, reference);
    }

    public static Finding categorical(String marker, String valueText, String threshold,
                                      boolean supports, Strength strength, String reference) {
        return new Finding(marker, Double.NaN, valueText, "", threshold, supports, strength, reference);
    }
}
