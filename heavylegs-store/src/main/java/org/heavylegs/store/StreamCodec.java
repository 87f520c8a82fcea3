package org.heavylegs.store;

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
 * column ({@link SampleColumn}):
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
        VarintWriter out = new VarintWriter(64 + streams.size() * 8);
        List<Channel> channels = streams.channels();
        out.varint(streams.size());
        out.varint(channels.size() + 1);
        SampleColumn.write(out, ColumnPrecision.TIME, streams.time());
        for (Channel c : channels) {
            SampleColumn.write(out, c.key(), streams.get(c));
        }
        out.varint(rr.length);
        SampleColumn.write(out, ColumnPrecision.RR, rr);
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
        VarintReader in = new VarintReader(raw);
        int samples = in.varint();
        int columns = in.varint();
        double[] time = null;
        double[][] cols = new double[Channel.values().length][];
        for (int i = 0; i < columns; i++) {
            String key = in.key();
            double[] values = SampleColumn.read(in, samples);
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
        double[] rr = SampleColumn.read(in, rrCount);
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
}
