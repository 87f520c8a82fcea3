package org.heavylegs.formats.fit;

/**
 * One lap (19) message; times are FIT timestamps, absent values NaN.
 *
 * @param part the index of the FIT file in a chain
 */
record FitLap(int part, double startTime, double elapsedS, double timerS, double distanceM, double avgHeartRate) {

    static FitLap read(MessageFields f, int part) {
        double elapsed = f.value(Profile.SES_TOTAL_ELAPSED_TIME, 1000, 0);
        double start = f.raw(Profile.LAP_START_TIME);
        if (Double.isNaN(start)) {
            start = f.timestamp() - elapsed;
        }
        return new FitLap(part, start, elapsed,
                f.value(Profile.SES_TOTAL_TIMER_TIME, 1000, 0),
                f.value(Profile.SES_TOTAL_DISTANCE, 100, 0),
                f.raw(Profile.LAP_AVG_HEART_RATE));
    }
}
