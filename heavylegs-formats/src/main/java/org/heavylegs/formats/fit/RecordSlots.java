package org.heavylegs.formats.fit;

import java.util.Arrays;

/**
 * The raw columns the decoder fills from {@code record} (20) messages, and which native record
 * field feeds which column with which conversion. Several slots can later feed one
 * {@link org.heavylegs.core.activity.Channel} (speed and enhanced_speed, native and developer
 * power); {@link ActivityAssembler} chooses.
 *
 * <p>A value is {@code raw * MUL / DIV - SUB}: the FIT scale and offset (value = raw / scale -
 * offset) with our unit change folded into {@code MUL}/{@code DIV}, so that each value is rounded
 * once (plus once for an offset). Field numbers, scales and units are those of the public FIT
 * profile (Profile.xlsx).
 */
final class RecordSlots {
    static final int LATITUDE = 0;
    static final int LONGITUDE = 1;
    static final int ALTITUDE = 2;
    static final int ENHANCED_ALTITUDE = 3;
    static final int HEART_RATE = 4;
    static final int CADENCE = 5;
    static final int FRACTIONAL_CADENCE = 6;
    static final int DISTANCE = 7;
    static final int SPEED = 8;
    static final int ENHANCED_SPEED = 9;
    static final int POWER = 10;
    static final int TEMPERATURE = 11;
    static final int VERTICAL_OSCILLATION = 12;
    static final int STANCE_TIME = 13;
    static final int STANCE_TIME_BALANCE = 14;
    static final int STEP_LENGTH = 15;
    static final int VERTICAL_RATIO = 16;
    static final int RESPIRATION_RATE = 17;
    /** Speed and distance expanded from compressed_speed_distance (field 8, old devices). */
    static final int COMPRESSED_SPEED = 18;
    static final int COMPRESSED_DISTANCE = 19;
    /** Developer fields, matched by name ({@link DeveloperFields}). */
    static final int DEV_POWER = 20;
    static final int DEV_AMBIENT_TEMPERATURE = 21;
    static final int DEV_HUMIDITY = 22;
    static final int COUNT = 23;

    /** Field number of compressed_speed_distance: 3 bytes, 12 bits speed (1/100 m/s), 12 bits distance (1/16 m, accumulating). */
    static final int FIELD_COMPRESSED_SPEED_DISTANCE = 8;
    static final double COMPRESSED_SPEED_SCALE = 100.0;
    static final double COMPRESSED_DISTANCE_SCALE = 16.0;

    /** Semicircles to degrees: 180 / 2^31. */
    private static final double SEMICIRCLES = 2147483648.0;

    static final int[] SLOT = new int[256];
    static final double[] MUL = new double[256];
    static final double[] DIV = new double[256];
    static final double[] SUB = new double[256];

    static {
        Arrays.fill(SLOT, -1);
        Arrays.fill(MUL, 1.0);
        Arrays.fill(DIV, 1.0);
        field(0, LATITUDE, 180.0, SEMICIRCLES, 0);          // position_lat, sint32 semicircles -> degrees
        field(1, LONGITUDE, 180.0, SEMICIRCLES, 0);         // position_long
        field(2, ALTITUDE, 1, 5, 500);                      // altitude, uint16, scale 5, offset 500, m
        field(3, HEART_RATE, 1, 1, 0);                      // heart_rate, uint8, bpm
        field(4, CADENCE, 1, 1, 0);                         // cadence, uint8, rpm
        field(5, DISTANCE, 1, 100, 0);                      // distance, uint32, scale 100, m
        field(6, SPEED, 1, 1000, 0);                        // speed, uint16, scale 1000, m/s
        field(7, POWER, 1, 1, 0);                           // power, uint16, W
        field(13, TEMPERATURE, 1, 1, 0);                    // temperature, sint8, C
        field(39, VERTICAL_OSCILLATION, 1, 100, 0);         // vertical_oscillation, uint16, scale 10, mm -> cm
        field(41, STANCE_TIME, 1, 10, 0);                   // stance_time, uint16, scale 10, ms
        field(53, FRACTIONAL_CADENCE, 1, 128, 0);           // fractional_cadence, uint8, scale 128, rpm
        field(73, ENHANCED_SPEED, 1, 1000, 0);              // enhanced_speed, uint32, scale 1000, m/s
        field(78, ENHANCED_ALTITUDE, 1, 5, 500);            // enhanced_altitude, uint32, scale 5, offset 500, m
        field(83, VERTICAL_RATIO, 1, 100, 0);               // vertical_ratio, uint16, scale 100, %
        field(84, STANCE_TIME_BALANCE, 1, 100, 0);          // stance_time_balance, uint16, scale 100, % left
        field(85, STEP_LENGTH, 1, 10_000, 0);               // step_length, uint16, scale 10, mm -> m
        field(108, RESPIRATION_RATE, 1, 100, 0);            // enhanced_respiration_rate, uint16, scale 100, breaths/min
        SLOT[FIELD_COMPRESSED_SPEED_DISTANCE] = COMPRESSED_SPEED;
    }

    private RecordSlots() {
    }

    private static void field(int field, int slot, double mul, double div, double sub) {
        SLOT[field] = slot;
        MUL[field] = mul;
        DIV[field] = div;
        SUB[field] = sub;
    }
}
