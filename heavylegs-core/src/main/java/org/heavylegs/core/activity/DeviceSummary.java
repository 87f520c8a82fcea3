package org.heavylegs.core.activity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The totals the device itself wrote for a session (FIT session message, TCX lap sums). We never
 * report these as our own numbers: they are kept to check ours against. Keys carry their unit.
 */
public final class DeviceSummary {
    public static final String ELAPSED_S = "elapsed_s";
    public static final String TIMER_S = "timer_s";
    public static final String DISTANCE_M = "distance_m";
    public static final String AVG_HR = "avg_hr";
    public static final String MAX_HR = "max_hr";
    public static final String AVG_CADENCE_SPM = "avg_cadence_spm";
    public static final String AVG_SPEED_M_S = "avg_speed_m_s";
    public static final String TOTAL_ASCENT_M = "total_ascent_m";
    public static final String KCAL = "kcal";
    public static final String AVG_POWER_W = "avg_power_w";
    public static final String AVG_VERTICAL_OSCILLATION_CM = "avg_vertical_oscillation_cm";
    public static final String AVG_GROUND_CONTACT_TIME_MS = "avg_ground_contact_time_ms";
    public static final String AVG_GCT_BALANCE_LEFT_PCT = "avg_gct_balance_left_pct";
    public static final String AVG_STEP_LENGTH_M = "avg_step_length_m";
    public static final String AVG_VERTICAL_RATIO_PCT = "avg_vertical_ratio_pct";
    public static final String AVG_TEMPERATURE_C = "avg_temperature_c";

    public static final DeviceSummary NONE = new DeviceSummary(Map.of());

    private final Map<String, Double> values;

    private DeviceSummary(Map<String, Double> values) {
        this.values = values;
    }

    /** Keeps the finite values only, in the given order. */
    public static DeviceSummary of(Map<String, Double> values) {
        Map<String, Double> kept = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && Double.isFinite(v)) {
                kept.put(k, v);
            }
        });
        return kept.isEmpty() ? NONE : new DeviceSummary(Collections.unmodifiableMap(kept));
    }

    /** The value, or NaN when the device did not write it. */
    public double get(String key) {
        Double v = values.get(key);
        return v == null ? Double.NaN : v;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Map<String, Double> asMap() {
        return values;
    }
}
