package org.heavylegs.formats.fit;

import java.util.Arrays;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;

/**
 * The streams of a session from the decoder's record columns: the time since the start, and each
 * channel from its slots (enhanced speed and altitude before the 16-bit fields, then compressed
 * speed and distance; native power before developer power; cadence with its fraction, doubled for
 * foot sports).
 */
final class StreamColumns {
    private final FitContent c;

    StreamColumns(FitContent content) {
        this.c = content;
    }

    /**
     * The streams of one session: its rows of every column, either the list {@code rows} or,
     * when that is null, the range [{@code from}, from + count). A range is copied out of the
     * decoder's reused columns ({@link Scratch}) without an index, and the JVM does not zero an
     * array that a copy fills; the copy is then changed in place (time since the start, cadence).
     */
    Streams streams(int[] rows, int from, int count, double start, int sport) {
        double[] ts = c.records.time();
        double[] time;
        if (rows == null) {
            time = Arrays.copyOfRange(ts, from, from + count);
            for (int k = 0; k < count; k++) {
                time[k] = time[k] - start;
            }
        } else {
            time = new double[count];
            for (int k = 0; k < count; k++) {
                time[k] = ts[rows[k]] - start;
            }
        }
        double[][] cols = new double[Channel.values().length][];
        cols[Channel.DISTANCE_M.ordinal()] = coalesce(rows, from, count, RecordSlots.DISTANCE, RecordSlots.COMPRESSED_DISTANCE, -1);
        cols[Channel.SPEED_M_S.ordinal()] = coalesce(rows, from, count, RecordSlots.ENHANCED_SPEED, RecordSlots.SPEED, RecordSlots.COMPRESSED_SPEED);
        cols[Channel.ALTITUDE_M.ordinal()] = coalesce(rows, from, count, RecordSlots.ENHANCED_ALTITUDE, RecordSlots.ALTITUDE, -1);
        cols[Channel.HEART_RATE_BPM.ordinal()] = gather(rows, from, count, RecordSlots.HEART_RATE);
        cols[Channel.CADENCE_SPM.ordinal()] = cadence(rows, from, count, sport);
        double[] power = gather(rows, from, count, RecordSlots.POWER);
        cols[Channel.POWER_W.ordinal()] = power != null ? power : gather(rows, from, count, RecordSlots.DEV_POWER);
        cols[Channel.DEVICE_TEMPERATURE_C.ordinal()] = gather(rows, from, count, RecordSlots.TEMPERATURE);
        cols[Channel.VERTICAL_OSCILLATION_CM.ordinal()] = gather(rows, from, count, RecordSlots.VERTICAL_OSCILLATION);
        cols[Channel.GROUND_CONTACT_TIME_MS.ordinal()] = gather(rows, from, count, RecordSlots.STANCE_TIME);
        cols[Channel.GCT_BALANCE_LEFT_PCT.ordinal()] = gather(rows, from, count, RecordSlots.STANCE_TIME_BALANCE);
        cols[Channel.STEP_LENGTH_M.ordinal()] = gather(rows, from, count, RecordSlots.STEP_LENGTH);
        cols[Channel.VERTICAL_RATIO_PCT.ordinal()] = gather(rows, from, count, RecordSlots.VERTICAL_RATIO);
        cols[Channel.LATITUDE_DEG.ordinal()] = gather(rows, from, count, RecordSlots.LATITUDE);
        cols[Channel.LONGITUDE_DEG.ordinal()] = gather(rows, from, count, RecordSlots.LONGITUDE);
        cols[Channel.AMBIENT_TEMPERATURE_C.ordinal()] = gather(rows, from, count, RecordSlots.DEV_AMBIENT_TEMPERATURE);
        cols[Channel.HUMIDITY_PCT.ordinal()] = gather(rows, from, count, RecordSlots.DEV_HUMIDITY);
        cols[Channel.RESPIRATION_RATE_BRPM.ordinal()] = gather(rows, from, count, RecordSlots.RESPIRATION_RATE);
        return Streams.of(time, cols);
    }

    /** The slot's values at these rows (see {@link #streams}), or null when none is valid. */
    private double[] gather(int[] rows, int from, int count, int slot) {
        double[] src = c.records.column(slot);
        if (src == null) {
            return null;
        }
        if (rows == null) {
            int to = from + count;
            int k = from;
            while (k < to && src[k] != src[k]) {
                k++;
            }
            if (k == to) {
                return null; // usually the first value is valid
            }
            return Arrays.copyOfRange(src, from, to);
        }
        double[] out = new double[count];
        for (int k = 0; k < count; k++) {
            out[k] = src[rows[k]];
        }
        for (double v : out) {
            if (v == v) {
                return out;
            }
        }
        return null;
    }

    /** Per sample, the first valid of up to three slots (-1 for none). */
    private double[] coalesce(int[] rows, int from, int count, int first, int second, int third) {
        double[] a = gather(rows, from, count, first);
        if (a != null && !hasNaN(a)) {
            return a; // the usual case: one complete source, nothing to merge
        }
        double[] b = gather(rows, from, count, second);
        double[] c3 = third < 0 ? null : gather(rows, from, count, third);
        double[] out = a != null ? a : b != null ? b : c3;
        boolean laterSource = out == a ? b != null || c3 != null : out == b && c3 != null;
        if (!laterSource) {
            return out; // one source: nothing to merge
        }
        for (int k = 0; k < out.length; k++) {
            if (out[k] != out[k]) {
                if (b != null && out != b && b[k] == b[k]) {
                    out[k] = b[k];
                } else if (c3 != null && out != c3 && c3[k] == c3[k]) {
                    out[k] = c3[k];
                }
            }
        }
        return out;
    }

    private static boolean hasNaN(double[] values) {
        for (double v : values) {
            if (v != v) {
                return true;
            }
        }
        return false;
    }

    private double[] cadence(int[] rows, int from, int count, int sport) {
        double[] cad = gather(rows, from, count, RecordSlots.CADENCE);
        if (cad == null) {
            return null;
        }
        double[] frac = c.records.column(RecordSlots.FRACTIONAL_CADENCE);
        boolean foot = Cadence.isFootSport(sport);
        if (frac == null) {
            for (int k = 0; k < count; k++) {
                double v = cad[k] + 0.0;
                cad[k] = foot ? 2 * v : v;
            }
            return cad;
        }
        for (int k = 0; k < count; k++) {
            double f = frac[rows == null ? from + k : rows[k]];
            double v = cad[k] + (f != f ? 0 : f);
            cad[k] = foot ? 2 * v : v; // Cadence.toChannel, with the sport looked up once
        }
        return cad;
    }
}
