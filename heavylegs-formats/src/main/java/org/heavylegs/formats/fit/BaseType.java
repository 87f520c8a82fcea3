package org.heavylegs.formats.fit;

/**
 * The FIT base types (the low five bits of a field definition's base-type byte) and how to read
 * one value of each from the bytes, as an exact double, with the type's "invalid" pattern mapped
 * to NaN. Reading is a switch on a small int kind ({@link #kind}) so that a compiled field plan
 * needs no objects and no boxing.
 *
 * <p>Invalid values per the FIT protocol: all bits set for unsigned types and enum/byte, the
 * largest positive value for signed types, zero for the "z" types; floats are invalid when all
 * bits are set.
 */
final class BaseType {
    static final int ENUM = 0;
    static final int SINT8 = 1;
    static final int UINT8 = 2;
    static final int SINT16 = 3;
    static final int UINT16 = 4;
    static final int SINT32 = 5;
    static final int UINT32 = 6;
    static final int STRING = 7;
    static final int FLOAT32 = 8;
    static final int FLOAT64 = 9;
    static final int UINT8Z = 10;
    static final int UINT16Z = 11;
    static final int UINT32Z = 12;
    static final int BYTE = 13;
    static final int SINT64 = 14;
    static final int UINT64 = 15;
    static final int UINT64Z = 16;
    static final int COUNT = 17;

    /** Bytes per value, by base type number. */
    private static final int[] SIZE = {1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8};
    private static final String[] NAME = {"enum", "sint8", "uint8", "sint16", "uint16", "sint32", "uint32",
        "string", "float32", "float64", "uint8z", "uint16z", "uint32z", "byte", "sint64", "uint64", "uint64z"};

    /** Kind of a field we cannot read as a number (unknown base type, bad size): always NaN. */
    static final int UNREADABLE = -1;

    private BaseType() {
    }

    /** The base type number from a definition's base-type byte, or -1 when not a known type. */
    static int number(int baseTypeByte) {
        int n = baseTypeByte & 0x1F;
        return n < COUNT ? n : -1;
    }

    static int size(int number) {
        return SIZE[number];
    }

    static String name(int number) {
        return number >= 0 && number < COUNT ? NAME[number] : "unknown";
    }

    /**
     * The read kind of a field: base type number times two, plus one when big-endian; or
     * {@link #UNREADABLE} when the field's size cannot hold a whole value of the type.
     */
    static int kind(int number, int fieldSize, boolean bigEndian) {
        if (number < 0 || number == STRING || fieldSize < SIZE[number] || fieldSize % SIZE[number] != 0) {
            return UNREADABLE;
        }
        return number * 2 + (bigEndian && SIZE[number] > 1 ? 1 : 0);
    }

    /** Element size of a kind. */
    static int kindSize(int kind) {
        return kind < 0 ? 1 : SIZE[kind >> 1];
    }

    /**
     * One value at {@code off}: the number it stands for, or NaN when invalid or unreadable. The
     * kinds of nearly every record field (uint8, little-endian uint16/sint32/uint32) are handled
     * in this small method, which the JIT inlines; the rest in {@link #readOther}.
     */
    static double read(byte[] d, int off, int kind) {
        switch (kind) {
            case UINT8 * 2: {
                int v = d[off] & 0xFF;
                return v == 0xFF ? Double.NaN : v;
            }
            case UINT16 * 2: {
                int v = (d[off] & 0xFF) | (d[off + 1] & 0xFF) << 8;
                return v == 0xFFFF ? Double.NaN : v;
            }
            case SINT32 * 2: {
                int v = s32le(d, off);
                return v == 0x7FFFFFFF ? Double.NaN : v;
            }
            case UINT32 * 2: {
                int v = s32le(d, off);
                return v == -1 ? Double.NaN : v & 0xFFFFFFFFL;
            }
            default:
                return readOther(d, off, kind);
        }
    }

    private static double readOther(byte[] d, int off, int kind) {
        switch (kind) {
            case ENUM * 2:
            case UINT8 * 2:
            case BYTE * 2: {
                int v = d[off] & 0xFF;
                return v == 0xFF ? Double.NaN : v;
            }
            case SINT8 * 2: {
                int v = d[off];
                return v == 0x7F ? Double.NaN : v;
            }
            case UINT8Z * 2: {
                int v = d[off] & 0xFF;
                return v == 0 ? Double.NaN : v;
            }
            case SINT16 * 2: {
                int v = u16le(d, off);
                return v == 0x7FFF ? Double.NaN : (short) v;
            }
            case SINT16 * 2 + 1: {
                int v = u16be(d, off);
                return v == 0x7FFF ? Double.NaN : (short) v;
            }
            case UINT16 * 2: {
                int v = u16le(d, off);
                return v == 0xFFFF ? Double.NaN : v;
            }
            case UINT16 * 2 + 1: {
                int v = u16be(d, off);
                return v == 0xFFFF ? Double.NaN : v;
            }
            case UINT16Z * 2: {
                int v = u16le(d, off);
                return v == 0 ? Double.NaN : v;
            }
            case UINT16Z * 2 + 1: {
                int v = u16be(d, off);
                return v == 0 ? Double.NaN : v;
            }
            case SINT32 * 2: {
                int v = s32le(d, off);
                return v == 0x7FFFFFFF ? Double.NaN : v;
            }
            case SINT32 * 2 + 1: {
                int v = s32be(d, off);
                return v == 0x7FFFFFFF ? Double.NaN : v;
            }
            case UINT32 * 2: {
                int v = s32le(d, off);
                return v == -1 ? Double.NaN : v & 0xFFFFFFFFL;
            }
            case UINT32 * 2 + 1: {
                int v = s32be(d, off);
                return v == -1 ? Double.NaN : v & 0xFFFFFFFFL;
            }
            case UINT32Z * 2: {
                int v = s32le(d, off);
                return v == 0 ? Double.NaN : v & 0xFFFFFFFFL;
            }
            case UINT32Z * 2 + 1: {
                int v = s32be(d, off);
                return v == 0 ? Double.NaN : v & 0xFFFFFFFFL;
            }
            case FLOAT32 * 2: {
                int v = s32le(d, off);
                return v == -1 ? Double.NaN : Float.intBitsToFloat(v);
            }
            case FLOAT32 * 2 + 1: {
                int v = s32be(d, off);
                return v == -1 ? Double.NaN : Float.intBitsToFloat(v);
            }
            case FLOAT64 * 2: {
                long v = s64le(d, off);
                return v == -1L ? Double.NaN : Double.longBitsToDouble(v);
            }
            case FLOAT64 * 2 + 1: {
                long v = s64be(d, off);
                return v == -1L ? Double.NaN : Double.longBitsToDouble(v);
            }
            case SINT64 * 2: {
                long v = s64le(d, off);
                return v == Long.MAX_VALUE ? Double.NaN : v;
            }
            case SINT64 * 2 + 1: {
                long v = s64be(d, off);
                return v == Long.MAX_VALUE ? Double.NaN : v;
            }
            case UINT64 * 2: {
                long v = s64le(d, off);
                return v == -1L ? Double.NaN : unsigned(v);
            }
            case UINT64 * 2 + 1: {
                long v = s64be(d, off);
                return v == -1L ? Double.NaN : unsigned(v);
            }
            case UINT64Z * 2: {
                long v = s64le(d, off);
                return v == 0 ? Double.NaN : unsigned(v);
            }
            case UINT64Z * 2 + 1: {
                long v = s64be(d, off);
                return v == 0 ? Double.NaN : unsigned(v);
            }
            default:
                return Double.NaN;
        }
    }

    private static double unsigned(long v) {
        return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
    }

    static int u16le(byte[] d, int off) {
        return (d[off] & 0xFF) | (d[off + 1] & 0xFF) << 8;
    }

    static int u16be(byte[] d, int off) {
        return (d[off] & 0xFF) << 8 | (d[off + 1] & 0xFF);
    }

    static int s32le(byte[] d, int off) {
        return (d[off] & 0xFF) | (d[off + 1] & 0xFF) << 8 | (d[off + 2] & 0xFF) << 16 | d[off + 3] << 24;
    }

    static int s32be(byte[] d, int off) {
        return d[off] << 24 | (d[off + 1] & 0xFF) << 16 | (d[off + 2] & 0xFF) << 8 | (d[off + 3] & 0xFF);
    }

    static long s64le(byte[] d, int off) {
        return (s32le(d, off) & 0xFFFFFFFFL) | (long) s32le(d, off + 4) << 32;
    }

    static long s64be(byte[] d, int off) {
        return (long) s32be(d, off) << 32 | (s32be(d, off + 4) & 0xFFFFFFFFL);
    }
}
