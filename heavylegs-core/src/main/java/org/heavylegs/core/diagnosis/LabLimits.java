package org.heavylegs.core.diagnosis;

import org.heavylegs.core.athlete.Sex;

/**
 * Lab reference limits used by the assessors and the red flags, in the canonical units of
 * {@link org.heavylegs.core.athlete.LabTest}. Laboratories have their own ranges; these are the
 * common adult values of SCIENCE.md sections 3.1, 8.1 and 13.
 */
public final class LabLimits {

    /** Serum sodium below this is hyponatraemia; during or within 24 h of prolonged exercise, EAH (Hew-Butler 2015). */
    public static final double SODIUM_LOW = 135;
    public static final double SODIUM_HIGH = 145;
    /** Sodium below this needs a clinician the same day (SCIENCE.md 13 [recalled; confirm with clinician]). */
    public static final double SODIUM_URGENT = 130;
    /** Potassium reference 3.5-5.1 mmol/L (general laboratory range, SCIENCE.md 3.1). */
    public static final double POTASSIUM_LOW = 3.5;
    public static final double POTASSIUM_HIGH = 5.1;
    /** Potassium under 3.0 or over 6.0 mmol/L is urgent (SCIENCE.md 13 [recalled]). */
    public static final double POTASSIUM_URGENT_LOW = 3.0;
    public static final double POTASSIUM_URGENT_HIGH = 6.0;
    /** Magnesium under 0.70 mmol/L is low (RCPA/AACB harmonised range; AHA). */
    public static final double MAGNESIUM_LOW = 0.70;
    /** MaGNet proposes 0.85 mmol/L as the lower limit (Rosanoff et al. 2022, Eur J Nutr 61:3697). */
    public static final double MAGNESIUM_MAGNET_LOW = 0.85;
    /** Magnesium under 0.5 mmol/L is urgent (SCIENCE.md 13 [recalled]). */
    public static final double MAGNESIUM_URGENT = 0.5;
    /** Total (albumin-corrected) calcium reference 2.15-2.60 mmol/L (SCIENCE.md 3.1). */
    public static final double CALCIUM_LOW = 2.15;
    public static final double CALCIUM_HIGH = 2.60;
    /** WHO 2024 haemoglobin cut-offs for anaemia, g/L: men and non-pregnant women from 15 years. */
    public static final double HEMOGLOBIN_MEN = 130;
    public static final double HEMOGLOBIN_WOMEN = 120;
    /** Ferritin below this is empty iron stores in athletes (Clénin et al. 2015, Swiss Med Wkly). */
    public static final double FERRITIN_EMPTY = 15;
    /** Ferritin below this is low; the Swiss consensus cut-off for athletes (Clénin 2015). */
    public static final double FERRITIN_LOW = 30;
    /** Ferritin at or above this is the usual target in endurance sport (SCIENCE.md 8.1, grade C). */
    public static final double FERRITIN_TARGET = 50;
    /** Transferrin saturation below this marks iron-deficient erythropoiesis (Peeling 2008 [UNCONFIRMED]). */
    public static final double TSAT_LOW_PCT = 16;
    /**
     * CRP above this makes ferritin unreliable (ferritin is an acute-phase protein; SCIENCE.md 8.2)
     * [recalled: the usual 5 mg/L upper reference limit].
     */
    public static final double CRP_INFLAMMATION_MG_L = 5;
    /** HbA1c at or above this is the diagnostic threshold for diabetes (WHO 2011; ADA [recalled]). */
    public static final double HBA1C_DIABETES_PCT = 6.5;

    private LabLimits() {
    }

    /** The WHO 2024 cut-off for a sex; without a sex, the men's (higher, so no anaemia is missed). */
    public static double hemoglobinCutoff(Sex sex) {
        return sex == Sex.FEMALE ? HEMOGLOBIN_WOMEN : HEMOGLOBIN_MEN;
    }
}
