package org.heavylegs.formats.fit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.heavylegs.core.activity.DeviceSummary;

/**
 * One session (18) message: when it started, its sport and the device's own totals. Times are FIT
 * timestamps (seconds since the FIT epoch); absent values are NaN, absent enums -1.
 *
 * @param part      index of the FIT file in a chain of concatenated files
 * @param startTime start_time, else timestamp minus total_elapsed_time, else NaN
 * @param endTime   startTime plus total_elapsed_time, else the message's timestamp, else NaN
 */
record FitSession(int part, double startTime, double endTime, int sport, int subSport, Map<String, Double> totals) {

    /** Reads the session message the fields point at. */
    static FitSession read(MessageFields f, int part) {
        double elapsed = f.value(Profile.SES_TOTAL_ELAPSED_TIME, 1000, 0);
        double timestamp = f.timestamp();
        double start = f.raw(Profile.SES_START_TIME);
        if (Double.isNaN(start) && !Double.isNaN(elapsed)) {
            start = timestamp - elapsed;
        }
        double end = !Double.isNaN(start) && !Double.isNaN(elapsed) ? start + elapsed : timestamp;
        int sport = intOrMinusOne(f.raw(Profile.SES_SPORT));
        int subSport = intOrMinusOne(f.raw(Profile.SES_SUB_SPORT));

        Map<String, Double> t = new LinkedHashMap<>();
        t.put(DeviceSummary.ELAPSED_S, elapsed);
        t.put(DeviceSummary.TIMER_S, f.value(Profile.SES_TOTAL_TIMER_TIME, 1000, 0));
        t.put(DeviceSummary.DISTANCE_M, f.value(Profile.SES_TOTAL_DISTANCE, 100, 0));
        t.put(DeviceSummary.AVG_HR, f.raw(Profile.SES_AVG_HEART_RATE));
        t.put(DeviceSummary.MAX_HR, f.raw(Profile.SES_MAX_HEART_RATE));
        double cadence = f.raw(Profile.SES_AVG_CADENCE);
        double fraction = f.value(Profile.SES_AVG_FRACTIONAL_CADENCE, 128, 0);
        t.put(DeviceSummary.AVG_CADENCE_SPM, Cadence.toChannel(sport, cadence, fraction));
        double speed = f.value(Profile.SES_ENHANCED_AVG_SPEED, 1000, 0);
        t.put(DeviceSummary.AVG_SPEED_M_S, Double.isNaN(speed) ? f.value(Profile.SES_AVG_SPEED, 1000, 0) : speed);
        t.put(DeviceSummary.TOTAL_ASCENT_M, f.raw(Profile.SES_TOTAL_ASCENT));
        t.put(DeviceSummary.KCAL, f.raw(Profile.SES_TOTAL_CALORIES));
        t.put(DeviceSummary.AVG_POWER_W, f.raw(Profile.SES_AVG_POWER));
        t.put(DeviceSummary.AVG_VERTICAL_OSCILLATION_CM, f.value(Profile.SES_AVG_VERTICAL_OSCILLATION, 100, 0));
        t.put(DeviceSummary.AVG_GROUND_CONTACT_TIME_MS, f.value(Profile.SES_AVG_STANCE_TIME, 10, 0));
        t.put(DeviceSummary.AVG_GCT_BALANCE_LEFT_PCT, f.value(Profile.SES_AVG_STANCE_TIME_BALANCE, 100, 0));
        t.put(DeviceSummary.AVG_STEP_LENGTH_M, f.value(Profile.SES_AVG_STEP_LENGTH, 10_000, 0));
        t.put(DeviceSummary.AVG_VERTICAL_RATIO_PCT, f.value(Profile.SES_AVG_VERTICAL_RATIO, 100, 0));
        t.put(DeviceSummary.AVG_TEMPERATURE_C, f.raw(Profile.SES_AVG_TEMPERATURE));
        return new FitSession(part, start, end, sport, subSport, t);
    }

    static int intOrMinusOne(double v) {
        return Double.isNaN(v) ? -1 : (int) v;
    }
}
