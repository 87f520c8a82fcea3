package org.heavylegs.formats.fit;

import java.util.Arrays;

/**
 * The record fields of a message plan that {@link FieldColumns} decodes column by column with a
 * loop made for their type: every field of the common integer kinds (uint8, enum, byte, sint8,
 * uint16, sint16, uint32, sint32, little- or big-endian) with a conversion that {@link #value}
 * computes exactly. Other fields (floats, "z" types, 64-bit, developer fields) stay generic.
 */
final class FastFields {
    static final int U8 = 0;
    static final int S8 = 1;
    static final int U16 = 2;
    static final int S16 = 3;
    static final int U32 = 4;
    static final int S32 = 5;
    // Big-endian (architecture 1) multi-byte types; one-byte types read the same either way.
    static final int U16_BE = 6;
    static final int S16_BE = 7;
    static final int U32_BE = 8;
    static final int S32_BE = 9;

    final int n;
    /** Per field: its byte offset in the message. */
    final int[] offset;
    /** Per field: how it is read ({@link #U8} ... {@link #S32_BE}). */
    final int[] type;
    /** Per field: the column slot it writes (each slot once). */
    final int[] slot;
    /** Per field: false when the value is the raw integer itself (mul 1, div 1, sub 0). */
    final boolean[] converted;
    /** Per field four constants: mul, 1/div, -div, sub (see {@link #value}). */
    final double[] constants;

    private FastFields(Builder b) {
        n = b.n;
        offset = Arrays.copyOf(b.offset, n);
        type = Arrays.copyOf(b.type, n);
        slot = Arrays.copyOf(b.slot, n);
        converted = Arrays.copyOf(b.converted, n);
        constants = Arrays.copyOf(b.constants, 4 * n);
    }

    /** The read type of a kind ({@link BaseType#kind}) decoded here, or -1. */
    static int typeOf(int kind) {
        switch (kind) {
            case BaseType.ENUM * 2:
            case BaseType.UINT8 * 2:
            case BaseType.BYTE * 2:
                return U8;
            case BaseType.SINT8 * 2:
                return S8;
            case BaseType.UINT16 * 2:
                return U16;
            case BaseType.SINT16 * 2:
                return S16;
            case BaseType.UINT32 * 2:
                return U32;
            case BaseType.SINT32 * 2:
                return S32;
            case BaseType.UINT16 * 2 + 1:
                return U16_BE;
            case BaseType.SINT16 * 2 + 1:
                return S16_BE;
            case BaseType.UINT32 * 2 + 1:
                return U32_BE;
            case BaseType.SINT32 * 2 + 1:
                return S32_BE;
            default:
                return -1;
        }
    }

    /** 2^52 + 2^51: adding a long below 2^51 in magnitude to its bits gives this plus the long, exactly. */
    private static final double MAGIC = 6755399441055744.0;
    private static final long MAGIC_BITS = Double.doubleToRawLongBits(MAGIC);

    /**
     * The double of a long of magnitude below 2^51, exactly, by integer addition to the bits of a
     * constant and one subtraction. Same value as a cast; but the cast's instruction (cvtsi2sd)
     * also depends on the old contents of its register, which chains one value's conversion to
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
     *
     * <p>The remainder is computed as {@code q * (-div) + x}, never by negating a value: NaN (an
     * invalid raw value) then goes through unchanged, as the same NaN, so that a column can be
     * converted in place, invalid rows and all, by a loop without a branch (which the JIT
     * vectorizes).
     */
    static double value(double raw, double mul, double reciprocal, double negDiv, double sub) {
        double x = raw * mul;
        double q = x * reciprocal;
        return Math.fma(Math.fma(q, negDiv, x), reciprocal, q) - sub;
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
        private int[] type = new int[8];
        private int[] slot = new int[8];
        private boolean[] converted = new boolean[8];
        private double[] constants = new double[32];

        /** Adds a field when it can be fast; false when it cannot. */
        boolean add(int fieldOffset, int fieldSlot, int kind, double mul, double div, double sub) {
            int t = typeOf(kind);
            if (t < 0 || !exact(mul, div, sub)) {
                return false;
            }
            if (n == offset.length) {
                int grown = n * 2;
                offset = Arrays.copyOf(offset, grown);
                type = Arrays.copyOf(type, grown);
                slot = Arrays.copyOf(slot, grown);
                converted = Arrays.copyOf(converted, grown);
                constants = Arrays.copyOf(constants, 4 * grown);
            }
            offset[n] = fieldOffset;
            type[n] = t;
            slot[n] = fieldSlot;
            converted[n] = !(mul == 1 && div == 1 && sub == 0);
            constants[4 * n] = mul;
            constants[4 * n + 1] = 1.0 / div;
            constants[4 * n + 2] = -div;
            constants[4 * n + 3] = sub;
            n++;
            return true;
        }

        FastFields build() {
            return new FastFields(this);
        }
    }
}
