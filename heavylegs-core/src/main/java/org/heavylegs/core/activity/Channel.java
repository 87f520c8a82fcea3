package org.heavylegs.core.activity;

/**
 * A sampled quantity of an activity. Every channel is stored as one primitive {@code double[]}
 * column (see {@link Streams}); {@code NaN} marks a gap. Units are part of the name and of
 * {@link #key()}, which is also the name used in JSON output.
 */
public enum Channel {
    DISTANCE_M("distance_m"),
    SPEED_M_S("speed_m_s"),
    ALTITUDE_M("altitude_m"),
    HEART_RATE_BPM("heart_rate_bpm"),
    /**
     * Steps per minute (both legs), not the per-leg rpm that FIT stores, for foot sports (running,
     * walking, hiking, ...). For other sports the reader keeps the device's own cadence here (cycling
     * rpm, rowing or swimming strokes per minute): only foot sports are ever read as steps.
     */
    CADENCE_SPM("cadence_spm"),
    POWER_W("power_w"),
    /** The device's own sensor; on the wrist it reads several degrees above the air. */
    DEVICE_TEMPERATURE_C("device_temperature_c"),
    VERTICAL_OSCILLATION_CM("vertical_oscillation_cm"),
    GROUND_CONTACT_TIME_MS("ground_contact_time_ms"),
    /** Share of ground contact time on the left foot, percent. */
    GCT_BALANCE_LEFT_PCT("gct_balance_left_pct"),
    STEP_LENGTH_M("step_length_m"),
    VERTICAL_RATIO_PCT("vertical_ratio_pct"),
    LATITUDE_DEG("latitude_deg"),
    LONGITUDE_DEG("longitude_deg"),
    /** Air temperature from a trusted ambient sensor (e.g. Stryd's developer field). */
    AMBIENT_TEMPERATURE_C("ambient_temperature_c"),
    /** Relative humidity from an ambient sensor (e.g. Stryd's developer field). */
    HUMIDITY_PCT("humidity_pct"),
    RESPIRATION_RATE_BRPM("respiration_rate_brpm");

    private static final Channel[] ALL = values();

    private final String key;

    Channel(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** All channels, in declaration order; a shared array that callers must not modify. */
    static Channel[] all() {
        return ALL;
    }
}
