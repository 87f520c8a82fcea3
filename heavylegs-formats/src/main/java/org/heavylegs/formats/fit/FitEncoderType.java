package org.heavylegs.formats.fit;

/**
 * The FIT base types the encoder writes, with their on-disk id, size and "invalid" value, as given
 * in the public FIT protocol description (Garmin, "FIT Protocol", section "Base Types"). Private to
 * the encoder so that the decoder keeps its own table.
 */
enum FitEncoderType {
    ENUM(0x00, 1, 0xFFL, false),
    SINT8(0x01, 1, 0x7FL, true),
    UINT8(0x02, 1, 0xFFL, false),
    SINT16(0x83, 2, 0x7FFFL, true),
    UINT16(0x84, 2, 0xFFFFL, false),
    SINT32(0x85, 4, 0x7FFFFFFFL, true),
    UINT32(0x86, 4, 0xFFFFFFFFL, false),
    STRING(0x07, 1, 0x00L, false),
    FLOAT32(0x88, 4, 0xFFFFFFFFL, false),
    UINT32Z(0x8C, 4, 0x00L, false),
    BYTE(0x0D, 1, 0xFFL, false);

    final int id;
    final int size;
    /** The raw bit pattern that means "no value". */
    final long invalid;
    final boolean signed;

    FitEncoderType(int id, int size, long invalid, boolean signed) {
        this.id = id;
        this.size = size;
        this.invalid = invalid;
        this.signed = signed;
    }

    /** Smallest raw value that is a real value. */
    long minValid() {
        if (signed) {
            return -(1L << (8 * size - 1));
        }
        return this == UINT32Z ? 1 : 0;
    }

    /** Largest raw value that is a real value (one below the invalid pattern for integers). */
    long maxValid() {
        if (signed) {
            return (1L << (8 * size - 1)) - 2;
        }
        long all = (1L << (8 * size)) - 1;
        return this == UINT32Z ? all : all - 1;
    }

    /**
     * The raw integer of a physical value, FIT style: raw = (value + offset) x scale, rounded.
     * NaN, infinities and values outside the type's valid range become the invalid pattern, so a
     * value never wraps into a different one.
     */
    long raw(double value, double scale, double offset) {
        if (!Double.isFinite(value)) {
            return invalid;
        }
        double r = Math.rint((value + offset) * scale);
        if (r < minValid() || r > maxValid()) {
            return invalid;
        }
        return (long) r;
    }

    /** A float32 value's raw bits, or the invalid pattern for NaN. */
    static long rawFloat(double value) {
        if (!Double.isFinite(value)) {
            return FLOAT32.invalid;
        }
        return Float.floatToIntBits((float) value) & 0xFFFFFFFFL;
    }
}
