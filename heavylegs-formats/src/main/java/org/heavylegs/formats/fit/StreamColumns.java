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
     * The streams of one session: its rows ({@code null}: all rows in order) of every column. With
     * all rows, columns of exactly that length (the decoder sizes them so) become the streams
     * themselves, changed in place: the content is consumed by assembling it.
     */
    Streams streams(int[] rows, int count, double start, int sport) {
        RecordTable t = c.records;
        double[] ts = t.time();
        double[] time = rows == null && ts.length == count ? ts : new double[count];
        if (rows == null) {
            for (int k = 0; k < count; k++) {
                time[k] = ts[k] - start;
            }
        } else {
            for (int k = 0; k < count; k++) {
                time[k] = ts[rows[k]] - start;
            }
        }
        double[][] cols = new double[Channel.values().length][];
        cols[Channel.DISTANCE_M.ordinal()] = coalesce(rows, count, RecordSlots.DISTANCE, RecordSlots.COMPRESSED_DISTANCE, -1);
        cols[Channel.SPEED_M_S.ordinal()] = coalesce(rows, count, RecordSlots.ENHANCED_SPEED, RecordSlots.SPEED, RecordSlots.COMPRESSED_SPEED);
        cols[Channel.ALTITUDE_M.ordinal()] = coalesce(rows, count, RecordSlots.ENHANCED_ALTITUDE, RecordSlots.ALTITUDE, -1);
        cols[Channel.HEART_RATE_BPM.ordinal()] = gather(rows, count, RecordSlots.HEART_RATE);
        cols[Channel.CADENCE_SPM.ordinal()] = cadence(rows, count, sport);
        double[] power = gather(rows, count, RecordSlots.POWER);
        cols[Channel.POWER_W.ordinal()] = power != null ? power : gather(rows, count, RecordSlots.DEV_POWER);
        cols[Channel.DEVICE_TEMPERATURE_C.ordinal()] = gather(rows, count, RecordSlots.TEMPERATURE);
        cols[Channel.VERTICAL_OSCILLATION_CM.ordinal()] = gather(rows, count, RecordSlots.VERTICAL_OSCILLATION);
        cols[Channel.GROUND_CONTACT_TIME_MS.ordinal()] = gather(rows, count, RecordSlots.STANCE_TIME);
        cols[Channel.GCT_BALANCE_LEFT_PCT.ordinal()] = gather(rows, count, RecordSlots.STANCE_TIME_BALANCE);
        cols[Channel.STEP_LENGTH_M.ordinal()] = gather(rows, count, RecordSlots.STEP_LENGTH);
        cols[Channel.VERTICAL_RATIO_PCT.ordinal()] = gather(rows, count, RecordSlots.VERTICAL_RATIO);
        cols[Channel.LATITUDE_DEG.ordinal()] = gather(rows, count, RecordSlots.LATITUDE);
        cols[Channel.LONGITUDE_DEG.ordinal()] = gather(rows, count, RecordSlots.LONGITUDE);
        cols[Channel.AMBIENT_TEMPERATURE_C.ordinal()] = gather(rows, count, RecordSlots.DEV_AMBIENT_TEMPERATURE);
        cols[Channel.HUMIDITY_PCT.ordinal()] = gather(rows, count, RecordSlots.DEV_HUMIDITY);
        cols[Channel.RESPIRATION_RATE_BRPM.ordinal()] = gather(rows, count, RecordSlots.RESPIRATION_RATE);
        return Streams.of(time, cols);
    }

    /** The slot's values at these rows ({@code null}: the first {@code count}), or null when none is valid. */
    private double[] gather(int[] rows, int count, int slot) {
        double[] src = c.records.column(slot);
        if (src == null) {
            return null;
        }
        double[] out;
        if (rows == null) {
            out = src.length == count ? src : Arrays.copyOf(src, count);
        } else {
            out = new double[count];
            for (int k = 0; k < count; k++) {
                out[k] = src[rows[k]];
            }
        }
        for (double v : out) {
            if (v == v) {
                return out; // usually the first value
            }
        }
        return null;
    }

    /** Per sample, the first valid of up to three slots (-1 for none). */
    private double[] coalesce(int[] rows, int count, int first, int second, int third) {
        double[] a = gather(rows, count, first);
        double[] b = gather(rows, count, second);
        double[] c3 = third < 0 ? null : gather(rows, count, third);
        double[] out = a != null ? a : b != null ? b : c3;
        boolean laterSource = out == a ? b != null || c3 != null : out == b && c3 != null;
        if (!laterSource) {
            return out; // one source (the usual case): nothing to merge
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

    private double[] cadence(int[] rows, int count, int sport) {
        double[] cad = gather(rows, count, RecordSlots.CADENCE);
        if (cad == null) {
            return null;
        }
        double[] frac = c.records.column(RecordSlots.FRACTIONAL_CADENCE);
        boolean foot = Cadence.isFootSport(sport);
        for (int k = 0; k < count; k++) {
            double f = frac == null ? Double.NaN : frac[rows == null ? k : rows[k]];
            double v = cad[k] + (f != f ? 0 : f);
            cad[k] = foot ? 2 * v : v; // Cadence.toChannel, with the sport looked up once
        }
        return cad;
    }
}
