package org.heavylegs.formats.fit;

import java.util.Arrays;

/**
 * The record fields of a message plan that the record loop reads with one uniform sequence of
 * integer and floating-point operations and no per-field branch: every field of the common
 * little-endian integer kinds (uint8, enum, byte, sint8, uint16, sint16, uint32, sint32) is read
 * as 4 little-endian bytes at its offset (or as exactly its width near the end of the buffer),
 * cut to its width and sign by a shift pair and a mask, compared with its invalid pattern, and
 * converted as {@link #value}. Other fields (floats, big-endian, "z" types, developer fields)
 * stay on the generic path.
 */
final class FastFields {

    final int n;
    /** Per field: its byte offset in the message. */
    final int[] offset;
    /** Per field: its width in bytes (1, 2 or 4). */
    final int[] width;
    /** Per field: 64 minus its width in bits (sign extension by a shift pair). */
    final int[] shift;
    /** Per field: the mask of an unsigned field's bits, -1 for a signed one. */
    final long[] mask;
    /** Per field: the invalid pattern (after shift and mask). */
    final long[] invalid;
    /** Per field four constants: mul, 1/div, div, sub (see {@link #value}). */
    final double[] constants;
    /** Per field: the column slot it writes (each slot once). */
    final int[] slot;
    /**
     * Per field: its column, set by {@link RecordTable#enter} while the plan is the one being
     * written (so the record loop indexes by field, not by slot). Each decoder compiles its own
     * plans, so this is never shared between threads.
     */
    final double[][] columns;

    private FastFields(Builder b) {
        n = b.n;
        offset = Arrays.copyOf(b.offset, n);
        width = Arrays.copyOf(b.width, n);
        shift = Arrays.copyOf(b.shift, n);
        mask = Arrays.copyOf(b.mask, n);
        invalid = Arrays.copyOf(b.invalid, n);
        constants = Arrays.copyOf(b.constants, 4 * n);
        slot = Arrays.copyOf(b.slot, n);
        columns = new double[n][];
    }

    /** Width in bytes (negative when signed) of a kind ({@link BaseType#kind}) read here, or 0. */
    private static int widthOf(int kind) {
        switch (kind) {
            case BaseType.ENUM * 2:
            case BaseType.UINT8 * 2:
            case BaseType.BYTE * 2:
                return 1;
            case BaseType.SINT8 * 2:
                return -1;
            case BaseType.UINT16 * 2:
                return 2;
            case BaseType.SINT16 * 2:
                return -2;
            case BaseType.UINT32 * 2:
                return 4;
            case BaseType.SINT32 * 2:
                return -4;
            default:
                return 0;
        }
    }

    /**
     * The field's integer from the 4 bytes (little-endian, as an int) at its offset: its low
     * {@code 64 - shift} bits, sign-extended, then masked (unsigned fields).
     */
    static long raw(int fourBytes, int shift, long mask) {
        return ((long) fourBytes << shift >> shift) & mask;
    }

    /** Reads exactly the field's width at {@code o} as the low bytes of an int (for the end of a buffer). */
    static int exactly(byte[] d, int o, int width) {
        switch (width) {
            case 1:
                return d[o];
            case 2:
                return (d[o] & 0xFF) | d[o + 1] << 8;
            default:
                return BaseType.s32le(d, o);
        }
    }

    /** 2^52 + 2^51: adding a long below 2^51 in magnitude to its bits gives this plus the long, exactly. */
    private static final double MAGIC = 6755399441055744.0;
    private static final long MAGIC_BITS = Double.doubleToRawLongBits(MAGIC);

    /**
     * The double of a long of magnitude below 2^51, exactly, by integer addition to the bits of a
     * constant and one subtraction. Same value as a cast; but the cast's instruction (cvtsi2sd)
     * also depends on the old contents of its register, which chains one field's conversion to
     * the last one's and halved the speed of the record loop here.
     */
    static double toDouble(long x) {
        return Double.longBitsToDouble(MAGIC_BITS + x) - MAGIC;
    }

    /**
     * {@code RN(RN(RN(raw * mul) / div) - sub)} bit for bit, the profile's conversion (value =
     * raw / scale - offset, our unit change folded into mul/div): {@code raw * mul} is exact (an
     * integral mul below 2^20 and a raw below 2^32), and the quotient takes one multiplication and
     * two fused multiply-adds instead of a division: {@code q = x * (1/div)} is within an ulp of
     * x / div, and one correction step {@code q + (x - q * div) * (1/div)}, whose remainder an FMA
     * computes exactly, rounds it correctly (Markstein's theorem: P. Markstein, "Computation of
     * elementary functions on the IBM RISC System/6000 processor", IBM J. Res. Dev. 34(1), 1990;
     * also in Muller et al., Handbook of Floating-Point Arithmetic). When div is 1 or a power of
     * two, the correction adds exactly 0. FastFieldsTest checks it against plain division for
     * every divisor of the record profile.
     */
    static double value(double raw, double mul, double reciprocal, double div, double sub) {
        double x = raw * mul;
        double q = x * reciprocal;
        return Math.fma(Math.fma(-q, div, x), reciprocal, q) - sub;
    }

    /** True when {@link #value} equals {@code raw * mul / div - sub} for every 32-bit raw value. */
    static boolean exact(double mul, double div, double sub) {
        return mul == Math.rint(mul) && Math.abs(mul) <= (1 << 20) && div > 0 && Double.isFinite(div)
                && Double.isFinite(1.0 / div) && Double.isFinite(sub);
    }

    /** Collects a plan's fast fields while it is compiled. */
    static final class Builder {
        private int n;
        private int[] offset = new int[8];
        private int[] width = new int[8];
        private int[] shift = new int[8];
        private long[] mask = new long[8];
        private long[] invalid = new long[8];
        private double[] constants = new double[32];
        private int[] slot = new int[8];

        /** Adds a field when it can be fast; false when it cannot. */
        boolean add(int fieldOffset, int fieldSlot, int kind, double mul, double div, double sub) {
            int w = widthOf(kind);
            if (w == 0 || !exact(mul, div, sub)) {
                return false;
            }
            if (n == offset.length) {
                int grown = n * 2;
                offset = Arrays.copyOf(offset, grown);
                width = Arrays.copyOf(width, grown);
                shift = Arrays.copyOf(shift, grown);
                mask = Arrays.copyOf(mask, grown);
                invalid = Arrays.copyOf(invalid, grown);
                constants = Arrays.copyOf(constants, 4 * grown);
                slot = Arrays.copyOf(slot, grown);
            }
            boolean signed = w < 0;
            int bytes = Math.abs(w);
            int bits = 8 * bytes;
            offset[n] = fieldOffset;
            width[n] = bytes;
            shift[n] = 64 - bits;
            mask[n] = signed ? -1L : (1L << bits) - 1;
            // FIT invalid values: all bits set (unsigned), the largest positive value (signed).
            invalid[n] = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
            constants[4 * n] = mul;
            constants[4 * n + 1] = 1.0 / div;
            constants[4 * n + 2] = div;
            constants[4 * n + 3] = sub;
            slot[n] = fieldSlot;
            n++;
            return true;
        }

        FastFields build() {
            return new FastFields(this);
        }
    }
}
