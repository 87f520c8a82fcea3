package org.heavylegs.formats.fit;

/**
 * Message and field numbers of the FIT profile that the reader uses (from the public FIT profile,
 * Profile.xlsx of the FIT SDK). Scales and offsets sit next to the fields that need them. Record
 * fields are in {@link RecordSlots}.
 */
final class Profile {
    private Profile() {
    }

    /** Seconds from the Unix epoch to the FIT epoch, 1989-12-31T00:00:00Z. */
    static final long FIT_EPOCH_UNIX_S = 631_065_600L;
    /** Date-time values below this are seconds since device power-up, not since the FIT epoch. */
    static final long MIN_ABSOLUTE_DATE_TIME = 0x10000000L;
    /** Field number of {@code timestamp} in every message that has one. */
    static final int TIMESTAMP = 253;

    // Global message numbers.
    static final int MESG_FILE_ID = 0;
    static final int MESG_SPORT = 12;
    static final int MESG_SESSION = 18;
    static final int MESG_LAP = 19;
    static final int MESG_RECORD = 20;
    static final int MESG_EVENT = 21;
    static final int MESG_DEVICE_INFO = 23;
    static final int MESG_HRV = 78;
    static final int MESG_HR = 132;
    static final int MESG_FIELD_DESCRIPTION = 206;

    // file_id (0)
    static final int FILE_ID_TYPE = 0;
    static final int FILE_ID_MANUFACTURER = 1;
    static final int FILE_ID_PRODUCT = 2;
    static final int FILE_ID_PRODUCT_NAME = 8;
    /** file_id.type value of an activity file. */
    static final int FILE_TYPE_ACTIVITY = 4;

    // sport (12)
    static final int SPORT_SPORT = 0;
    static final int SPORT_SUB_SPORT = 1;

    // session (18); lap (19) shares the first ten field numbers, the rest differ.
    static final int SES_START_TIME = 2;
    static final int SES_SPORT = 5;
    static final int SES_SUB_SPORT = 6;
    /** total_elapsed_time, total_timer_time: uint32, scale 1000, s (session and lap). */
    static final int SES_TOTAL_ELAPSED_TIME = 7;
    static final int SES_TOTAL_TIMER_TIME = 8;
    /** total_distance: uint32, scale 100, m (session and lap). */
    static final int SES_TOTAL_DISTANCE = 9;
    static final int SES_TOTAL_CALORIES = 11;
    /** avg_speed: uint16, scale 1000, m/s. */
    static final int SES_AVG_SPEED = 14;
    static final int SES_AVG_HEART_RATE = 16;
    static final int SES_MAX_HEART_RATE = 17;
    /** avg_cadence: uint8, rpm (per-leg strides for running). */
    static final int SES_AVG_CADENCE = 18;
    static final int SES_AVG_POWER = 20;
    static final int SES_TOTAL_ASCENT = 22;
    static final int SES_AVG_TEMPERATURE = 57;
    /** avg_vertical_oscillation: uint16, scale 10, mm. */
    static final int SES_AVG_VERTICAL_OSCILLATION = 89;
    /** avg_stance_time: uint16, scale 10, ms. */
    static final int SES_AVG_STANCE_TIME = 91;
    /** avg_fractional_cadence: uint8, scale 128, rpm. */
    static final int SES_AVG_FRACTIONAL_CADENCE = 92;
    /** enhanced_avg_speed: uint32, scale 1000, m/s. */
    static final int SES_ENHANCED_AVG_SPEED = 124;
    /** avg_vertical_ratio: uint16, scale 100, %. */
    static final int SES_AVG_VERTICAL_RATIO = 132;
    /** avg_stance_time_balance: uint16, scale 100, % (left). */
    static final int SES_AVG_STANCE_TIME_BALANCE = 133;
    /** avg_step_length: uint16, scale 10, mm. */
    static final int SES_AVG_STEP_LENGTH = 134;

    static final int LAP_START_TIME = 2;
    static final int LAP_AVG_HEART_RATE = 15;

    // event (21)
    static final int EVENT_EVENT = 0;
    static final int EVENT_EVENT_TYPE = 1;
    /** event.event value of the timer. */
    static final int EVENT_TIMER = 0;
    static final int EVENT_TYPE_START = 0;
    static final int EVENT_TYPE_STOP = 1;
    static final int EVENT_TYPE_STOP_ALL = 4;
    static final int EVENT_TYPE_STOP_DISABLE = 8;
    static final int EVENT_TYPE_STOP_DISABLE_ALL = 9;

    // device_info (23)
    static final int DEVICE_INFO_DEVICE_INDEX = 0;
    static final int DEVICE_INFO_MANUFACTURER = 2;
    static final int DEVICE_INFO_PRODUCT = 4;
    static final int DEVICE_INFO_PRODUCT_NAME = 27;
    /** device_index of the device that created the file. */
    static final int DEVICE_INDEX_CREATOR = 0;

    // hrv (78)
    /** time: uint16 array, scale 1000, s. */
    static final int HRV_TIME = 0;
    static final double HRV_TIME_SCALE = 1000.0;

    // hr (132): beat times logged by a chest strap (HRM-Tri, HRM-Swim) and sent after the activity.
    /** fractional_timestamp: uint16, scale 32768, s (added to the message's timestamp). */
    static final int HR_FRACTIONAL_TIMESTAMP = 0;
    static final double HR_FRACTIONAL_SCALE = 32768.0;
    /** event_timestamp: uint32 array, scale 1024, s: the strap's clock at each beat. */
    static final int HR_EVENT_TIMESTAMP = 9;
    /** event_timestamp_12: the same as packed 12-bit values that accumulate onto the last full one. */
    static final int HR_EVENT_TIMESTAMP_12 = 10;
    static final double HR_EVENT_SCALE = 1024.0;

    // field_description (206)
    static final int FD_DEVELOPER_DATA_INDEX = 0;
    static final int FD_FIELD_DEFINITION_NUMBER = 1;
    static final int FD_FIT_BASE_TYPE_ID = 2;
    static final int FD_FIELD_NAME = 3;
    static final int FD_SCALE = 6;
    static final int FD_OFFSET = 7;
    static final int FD_UNITS = 8;
}
