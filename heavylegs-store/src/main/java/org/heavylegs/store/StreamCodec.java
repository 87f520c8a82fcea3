package org.heavylegs.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;

/**
 * Packs the sample columns and RR intervals of one activity into one compact blob, and back.
 *
 * <p>Encoding (codec 1), before compression, all integers as LEB128 varints:
 * <pre>
 *   samples  columnCount
 *   columnCount x column      the time column first (key "time_s"), then channels in core order
 *   rrCount  column           RR intervals (key "rr_s"), rrCount values
 * column:
 *   keyLength key(UTF-8)      Channel.key(): stable names, so adding channels never breaks old blobs
 *   decimals+1                0 = lossless (see below), else decimals d+1
 *   runCount runs...          gaps as run lengths: present, missing, present, ... (the first may be 0)
 *   values                    present values only:
 *                               quantized: zigzag(q[i] - q[i-1]), q = round(v * 10^d), q[-1] = 0
 *                               lossless:  8 bytes big-endian of bits(v[i]) XOR bits(v[i-1])
 * </pre>
 * The whole is then deflated (java.util.zip, level {@link #LEVEL}). Quantized values decode as
 * {@code q / 10^d}: a value on the grid (as every value decoded from a FIT file with that scale is)
 * comes back bit for bit, any other within half a unit of the last decimal. A column with values
 * too large to quantize, or infinities, falls back to lossless. Decoding one run of an hour with ten
 * channels takes well under a millisecond (StoreBench).
 */
public final class StreamCodec {

    public static final int CODEC = 1;
    /** Deflate level: 6 gives nearly the size of 9 at a fraction of the time on sample deltas. */
    static final int LEVEL = 1;
    /** Largest |v x 10^d| that is quantized; beyond, doubles no longer hold every integer. */
    private static final double MAX_QUANTIZED = 1L << 52;

    /** Decoded samples and RR intervals. */
    public record Decoded(Streams streams, double[] rrS) {
    }

    /** An encoded blob and its size before compression. */
    public record Encoded(byte[] data, int rawBytes, int samples, int rrCount) {
    }

    private StreamCodec() {
    }

    public static Encoded encode(Streams streams, double[] rrS) {
        double[] rr = rrS == null ? new double[0] : rrS;
        Bytes out = new Bytes(64 + streams.size() * 8);
        List<Channel> channels = streams.channels();
        out.varint(streams.size());
        out.varint(channels.size() + 1);
        column(out, ColumnPrecision.TIME, streams.time());
        for (Channel c : channels) {
            column(out, c.key(), streams.get(c));
        }
        out.varint(rr.length);
        column(out, ColumnPrecision.RR, rr);
        Deflater deflater = new Deflater(LEVEL);
        try {
            deflater.setInput(out.buf, 0, out.size);
            deflater.finish();
            byte[] packed = new byte[Math.max(64, out.size / 2)];
            int n = 0;
            while (!deflater.finished()) {
                if (n == packed.length) {
                    packed = Arrays.copyOf(packed, packed.length * 2);
                }
                n += deflater.deflate(packed, n, packed.length - n);
            }
            return new Encoded(Arrays.copyOf(packed, n), out.size, streams.size(), rr.length);
        } finally {
            deflater.end();
        }
    }

    public static Decoded decode(byte[] data, int rawBytes) {
        byte[] raw = new byte[rawBytes];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            int n = 0;
            while (n < rawBytes && !inflater.finished()) {
                int r = inflater.inflate(raw, n, rawBytes - n);
                if (r == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += r;
            }
            if (n != rawBytes) {
                throw new StoreException("stored samples are damaged: " + n + " of " + rawBytes + " bytes");
            }
        } catch (DataFormatException e) {
            throw new StoreException("stored samples are damaged: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
        Reader in = new Reader(raw);
        int samples = in.varint();
        int columns = in.varint();
        double[] time = null;
        double[][] cols = new double[Channel.values().length][];
        for (int i = 0; i < columns; i++) {
            String key = in.key();
            double[] values = readColumn(in, samples);
            if (i == 0) {
                time = values;
            } else {
                Channel c = channelOf(key);
                if (c != null) {
                    cols[c.ordinal()] = values;
                }
            }
        }
        int rrCount = in.varint();
        in.key();
        double[] rr = readColumn(in, rrCount);
        return new Decoded(Streams.of(time == null ? new double[0] : time, cols), rr);
    }

    private static Channel channelOf(String key) {
        for (Channel c : Channel.values()) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        return null; // a channel this version does not know: skipped
    }

    private static void column(Bytes out, String key, double[] v) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        out.varint(k.length);
        out.bytes(k);
        int decimals = ColumnPrecision.decimals(key);
        double scale = decimals == ColumnPrecision.LOSSLESS ? 1 : Math.pow(10, decimals);
        if (decimals != ColumnPrecision.LOSSLESS && !quantizable(v, scale)) {
            decimals = ColumnPrecision.LOSSLESS;
        }
        if (decimals > 0) {
            // Fewer decimals when they give every value back bit for bit (whole bpm, whole seconds,
            // centimetres): smaller deltas, a smaller blob and less to deflate; decoding is unchanged.
            int fewer = fewestExactDecimals(v, decimals);
            if (fewer < decimals) {
                decimals = fewer;
                scale = Math.pow(10, decimals);
            }
        }
        out.varint(decimals + 1);
        // gaps as alternating runs: present, missing, present, ...
        List<Integer> runs = new ArrayList<>();
        boolean present = true;
        int run = 0;
        for (double x : v) {
            boolean p = !Double.isNaN(x);
            if (p != present) {
                runs.add(run);
                run = 0;
                present = p;
            }
            run++;
        }
        runs.add(run);
        out.varint(runs.size());
        for (int r : runs) {
            out.varint(r);
        }
        if (decimals == ColumnPrecision.LOSSLESS) {
            long prev = 0;
            for (double x : v) {
                if (!Double.isNaN(x)) {
                    long bits = Double.doubleToRawLongBits(x);
                    out.longBe(bits ^ prev);
                    prev = bits;
                }
            }
        } else {
            long prev = 0;
            for (double x : v) {
                if (!Double.isNaN(x)) {
                    long q = Math.round(x * scale);
                    long d = q - prev;
                    out.varint((d << 1) ^ (d >> 63));
                    prev = q;
                }
            }
        }
    }

    /**
     * The fewest decimals d below {@code max} with which every present value comes back bit for
     * bit ({@code round(x * 10^d) / 10^d == x}, as the decoder computes it), else {@code max}.
     * A candidate is tried on the first values before all of them, so the wrong ones cost little.
     */
    static int fewestExactDecimals(double[] v, int max) {
        for (int d = 0; d < max; d++) {
            double scale = Math.pow(10, d);
            if (exact(v, scale, Math.min(v.length, 32)) && exact(v, scale, v.length)) {
                return d;
            }
        }
        return max;
    }

    private static boolean exact(double[] v, double scale, int n) {
        for (int i = 0; i < n; i++) {
            double x = v[i];
            if (x == x && Math.round(x * scale) / scale != x) {
                return false;
            }
        }
        return true;
    }

    private static boolean quantizable(double[] v, double scale) {
        for (double x : v) {
            if (Double.isInfinite(x) || Math.abs(x * scale) > MAX_QUANTIZED) {
                return false;
            }
        }
        return true;
    }

    private static double[] readColumn(Reader in, int n) {
        int decimals = in.varint() - 1;
        int runCount = in.varint();
        double[] v = new double[n];
        boolean[] presentMask = null;
        int filled = 0;
        boolean present = true;
        boolean anyGap = false;
        int[] runs = new int[runCount];
        for (int i = 0; i < runCount; i++) {
            runs[i] = in.varint();
            if (!present && runs[i] > 0) {
                anyGap = true;
            }
            present = !present;
        }
        if (anyGap) {
            presentMask = new boolean[n];
            present = true;
            for (int r : runs) {
                if (present) {
                    Arrays.fill(presentMask, filled, filled + r, true);
                } else {
                    Arrays.fill(v, filled, filled + r, Double.NaN);
                }
                filled += r;
                present = !present;
            }
        }
        if (decimals == ColumnPrecision.LOSSLESS) {
            long prev = 0;
            for (int i = 0; i < n; i++) {
                if (presentMask == null || presentMask[i]) {
                    prev ^= in.longBe();
                    v[i] = Double.longBitsToDouble(prev);
                }
            }
        } else {
            double scale = Math.pow(10, decimals);
            long q = 0;
            for (int i = 0; i < n; i++) {
                if (presentMask == null || presentMask[i]) {
                    long z = in.varlong();
                    q += (z >>> 1) ^ -(z & 1);
                    v[i] = q / scale;
                }
            }
        }
        return v;
    }

    /** A growable byte buffer with varint writing. */
    private static final class Bytes {
        byte[] buf;
        int size;

        Bytes(int capacity) {
            buf = new byte[Math.max(16, capacity)];
        }

        private void ensure(int extra) {
            if (size + extra > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
            }
        }

        void varint(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[size++] = (byte) v;
        }

        void longBe(long v) {
            ensure(8);
            for (int s = 56; s >= 0; s -= 8) {
                buf[size++] = (byte) (v >>> s);
            }
        }

        void bytes(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
        }
    }

    /** Reads what {@link Bytes} wrote. */
    private static final class Reader {
        private final byte[] buf;
        private int pos;

        Reader(byte[] buf) {
            this.buf = buf;
        }

        long varlong() {
            long v = 0;
            int shift = 0;
            while (true) {
                byte b = buf[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
                shift += 7;
            }
        }

        int varint() {
            return (int) varlong();
        }

        long longBe() {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (buf[pos++] & 0xFF);
            }
            return v;
        }

        String key() {
            int n = varint();
            String s = new String(buf, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }
    }
}
