package org.heavylegs.core.diagnosis;

/**
 * How much one finding weighs, from its evidence grade (SCIENCE.md section 0: A strong, B moderate,
 * C weak). The weights are SCIENCE.md section 12's scoring sketch [heuristic]: A = 1.0, B = 0.6, C = 0.3.
 */
public enum Strength {
    STRONG("strong", 1.0), MODERATE("moderate", 0.6), WEAK("weak", 0.3);

    private final String key;
    private final double weight;

    Strength(String key, double weight) {
        this.key = key;
        this.weight = weight;
    }

    public String key() {
        return key;
    }

    /** The weight of a fully present finding of this grade (SCIENCE.md 12 [heuristic]). */
    public double weight() {
        return weight;
    }
}
