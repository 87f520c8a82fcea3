package org.heavylegs.core.athlete;

/** Lab tests HeavyLegs understands (DESIGN.md 2.2), each with the canonical unit values are kept in. */
public enum LabTest {
    HEMOGLOBIN("hemoglobin", "g/L"),
    FERRITIN("ferritin", "ug/L"),
    TRANSFERRIN_SATURATION("transferrin_saturation", "%"),
    SODIUM("sodium", "mmol/L"),
    POTASSIUM("potassium", "mmol/L"),
    MAGNESIUM("magnesium", "mmol/L"),
    CALCIUM("calcium", "mmol/L"),
    ALBUMIN("albumin", "g/L"),
    CRP("crp", "mg/L"),
    HBA1C("hba1c", "%");

    private final String key;
    private final String canonicalUnit;

    LabTest(String key, String canonicalUnit) {
        this.key = key;
        this.canonicalUnit = canonicalUnit;
    }

    public String key() {
        return key;
    }

    public String canonicalUnit() {
        return canonicalUnit;
    }
}
