package org.heavylegs.core.diagnosis;

/** How much one finding weighs, from its evidence grade (SCIENCE.md section 0: A strong, B moderate, C weak). */
public enum Strength {
    STRONG("strong"), MODERATE("moderate"), WEAK("weak");

    private final String key;

    Strength(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
