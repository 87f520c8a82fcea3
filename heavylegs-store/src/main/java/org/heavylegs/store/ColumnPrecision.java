package org.heavylegs.store;

import java.util.Map;
import org.heavylegs.core.activity.Channel;

/**
 * How many decimals each stored column keeps. Every precision is at least as fine as the finest
 * resolution a FIT file gives that quantity (FIT profile scales in comments), so values read from
 * files come back unchanged. A channel missing from this table (added to core later) is stored
 * losslessly, bit for bit, until it gets a precision here.
 */
final class ColumnPrecision {

    /** The time column's key in the blob; channels use {@link Channel#key()}. */
    static final String TIME = "time_s";
    /** The RR-interval column's key in the blob. */
    static final String RR = "rr_s";
    /** Marks a column stored bit for bit. */
    static final int LOSSLESS = -1;

    private static final Map<String, Integer> DECIMALS = Map.ofEntries(
            Map.entry(TIME, 3),                                    // FIT timestamp 1 s, timestamp_ms 1 ms
            Map.entry(RR, 4),                                      // FIT hrv.time 1 ms
            Map.entry(Channel.DISTANCE_M.key(), 3),                // FIT 0.01 m
            Map.entry(Channel.SPEED_M_S.key(), 4),                 // FIT 0.001 m/s
            Map.entry(Channel.ALTITUDE_M.key(), 3),                // FIT 0.2 m
            Map.entry(Channel.HEART_RATE_BPM.key(), 2),            // FIT 1 bpm; cleaned values may be fractional
            Map.entry(Channel.CADENCE_SPM.key(), 6),               // FIT 2 x (rpm + 1/128 rpm) = 1/64 spm = 0.015625
            Map.entry(Channel.POWER_W.key(), 2),                   // FIT 1 W
            Map.entry(Channel.DEVICE_TEMPERATURE_C.key(), 2),      // FIT 1 C
            Map.entry(Channel.VERTICAL_OSCILLATION_CM.key(), 3),   // FIT 0.1 mm = 0.01 cm
            Map.entry(Channel.GROUND_CONTACT_TIME_MS.key(), 2),    // FIT 0.1 ms
            Map.entry(Channel.GCT_BALANCE_LEFT_PCT.key(), 3),      // FIT 0.01 %
            Map.entry(Channel.STEP_LENGTH_M.key(), 5),             // FIT 0.1 mm = 0.0001 m
            Map.entry(Channel.VERTICAL_RATIO_PCT.key(), 3),        // FIT 0.01 %
            Map.entry(Channel.LATITUDE_DEG.key(), 9),              // FIT semicircle = 8.4e-8 deg; 1e-9 deg = 0.1 mm
            Map.entry(Channel.LONGITUDE_DEG.key(), 9),
            Map.entry(Channel.AMBIENT_TEMPERATURE_C.key(), 3),
            Map.entry(Channel.HUMIDITY_PCT.key(), 3),
            Map.entry(Channel.RESPIRATION_RATE_BRPM.key(), 3));    // FIT 0.01 breaths/min

    private ColumnPrecision() {
    }

    /** Decimals kept for a column, or {@link #LOSSLESS}. */
    static int decimals(String key) {
        return DECIMALS.getOrDefault(key, LOSSLESS);
    }
}
