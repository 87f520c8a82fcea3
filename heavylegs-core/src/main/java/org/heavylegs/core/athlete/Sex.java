package org.heavylegs.core.athlete;

/** Biological sex, used by sex-specific formulas (Banister TRIMP, WHO haemoglobin cut-offs). */
public enum Sex {
    FEMALE, MALE
}
