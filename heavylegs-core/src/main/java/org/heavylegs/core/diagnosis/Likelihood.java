package org.heavylegs.core.diagnosis;

/** How likely a cause is, given the evidence (DESIGN.md 2.3). UNKNOWN is a real answer: data is missing. */
public enum Likelihood {
    LIKELY("likely"), POSSIBLE("possible"), UNLIKELY("unlikely"), UNKNOWN("unknown");

    private final String key;

    Likelihood(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
