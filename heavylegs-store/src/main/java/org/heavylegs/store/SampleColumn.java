package org.heavylegs.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One column of {@link StreamCodec}'s encoding: key, precision (quantized to the fewest exact
 * decimals, else lossless), gaps as run lengths, then the present values as zigzag deltas of the
 * quantized values or as XORs of the double bits.
 */
final class SampleColumn {
    /** Largest |v x 10^d| that is quantized; beyond, doubles no longer hold every integer. */
    private static final double MAX_QUANTIZED = 1L << 52;

    private SampleColumn() {
    }

    /** Writes one column: its key, precision, gap runs and values. */
    static void write(VarintWriter out, String key, double[] v) {
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

    /** Reads one column's values (after its key) for n samples; NaN in the gaps. */
    static double[] read(VarintReader in, int n) {
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
}
