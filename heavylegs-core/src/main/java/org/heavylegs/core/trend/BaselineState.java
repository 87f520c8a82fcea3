package org.heavylegs.core.trend;

/** Where a recent value stands against the athlete's own normal band. */
public enum BaselineState {
    BELOW, WITHIN, ABOVE,
    /** Not enough data for the recent window or the baseline. */
    UNKNOWN;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
