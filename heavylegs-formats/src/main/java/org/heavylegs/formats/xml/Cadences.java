package org.heavylegs.formats.xml;

import java.util.Arrays;

/**
 * Turns the cadence written in TCX and GPX into steps per minute (both feet), the unit of
 * {@code Channel.CADENCE_SPM}.
 *
 * <ul>
 *   <li>TCX {@code RunCadence} (Garmin ActivityExtension v2) counts one foot: doubled.</li>
 *   <li>TCX {@code Cadence} and GPX {@code cad} (Garmin TrackPointExtension) have no fixed unit.
 *       Garmin writes the FIT value there, which for running is one foot per minute: in the corpus,
 *       heartandsole/tests/testdata.gpx has {@code cad} equal to {@code RunCadence} of the same run's
 *       TCX at every shared timestamp. So for running they are doubled, unless the values already
 *       look like both feet (see {@link #BOTH_FEET_MEDIAN_SPM}).</li>
 *   <li>For other sports the value is kept as written: crank revolutions per minute for cycling.</li>
 * </ul>
 */
final class Cadences {

    /**
     * [heuristic] A running cadence whose median (zeros left out) is above this is taken as already
     * counting both feet: one foot rarely turns over more than 100 times a minute in distance running
     * (both feet 150-200 spm), while both feet rarely fall below 120 spm when running.
     */
    static final double BOTH_FEET_MEDIAN_SPM = 120;

    private Cadences() {
    }

    /**
     * What the cadence as read is multiplied by to give steps per minute: 2 (one foot) or 1.
     *
     * @param raw          cadence as read, or null when the samples have none
     * @param perLegPoints samples whose cadence came from a per-foot field (RunCadence)
     * @param otherPoints  samples whose cadence came from a field of no fixed unit
     */
    static double factor(double[] raw, int perLegPoints, int otherPoints, boolean running, ReadNotes notes) {
        if (raw != null && otherPoints == 0) {
            return 2;
        }
        if (!running) {
            return 1;
        }
        double median = raw == null ? Double.NaN : nonZeroMedian(raw);
        if (median > BOTH_FEET_MEDIAN_SPM) {
            notes.note("running cadence already counts both feet (median " + Math.round(median) + "), kept as written");
            return 1;
        }
        return 2;
    }

    /** A new column: {@code raw} times {@code factor}; null stays null. */
    static double[] scaled(double[] raw, double factor) {
        if (raw == null) {
            return null;
        }
        double[] out = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = raw[i] * factor;
        }
        return out;
    }

    static double nonZeroMedian(double[] v) {
        double[] kept = Arrays.stream(v).filter(x -> !Double.isNaN(x) && x > 0).sorted().toArray();
        if (kept.length == 0) {
            return Double.NaN;
        }
        int m = kept.length / 2;
        return kept.length % 2 == 1 ? kept[m] : (kept[m - 1] + kept[m]) / 2;
    }
}
