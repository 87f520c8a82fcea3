package org.heavylegs.core.diagnosis;

/** How soon a red flag needs a clinician (SCIENCE.md section 13). */
public enum Urgency {
    EMERGENCY("emergency"), URGENT("urgent"), ROUTINE("routine");

    private final String key;

    Urgency(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
