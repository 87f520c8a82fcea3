package org.heavylegs.formats.fit;

/**
 * The 16-bit CRC of FIT files: the reflected CRC-16 with polynomial 0x8005 (0xA001 reflected),
 * initial value 0, no final xor (the catalogue's "CRC-16/ARC"). A file's CRC is over its header
 * and data; the CRC over header, data and the two stored CRC bytes is 0 when they agree.
 *
 * <p>Slicing-by-4: four 256-entry tables let the loop consume four bytes per step.
 */
final class FitCrc {
    private static final int POLY_REFLECTED = 0xA001;
    private static final int[] T0 = new int[256];
    private static final int[] T1 = new int[256];
    private static final int[] T2 = new int[256];
    private static final int[] T3 = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLY_REFLECTED : crc >>> 1;
            }
            T0[i] = crc;
        }
        for (int i = 0; i < 256; i++) {
            T1[i] = (T0[i] >>> 8) ^ T0[T0[i] & 0xFF];
            T2[i] = (T1[i] >>> 8) ^ T0[T1[i] & 0xFF];
            T3[i] = (T2[i] >>> 8) ^ T0[T2[i] & 0xFF];
        }
    }

    private FitCrc() {
    }

    /** Continues {@code crc} over {@code data[from, to)}. */
    static int update(int crc, byte[] data, int from, int to) {
        int i = from;
        int c = crc;
        for (; i + 4 <= to; i += 4) {
            c ^= (data[i] & 0xFF) | (data[i + 1] & 0xFF) << 8;
            c = T3[c & 0xFF] ^ T2[(c >>> 8) & 0xFF] ^ T1[data[i + 2] & 0xFF] ^ T0[data[i + 3] & 0xFF];
        }
        for (; i < to; i++) {
            c = (c >>> 8) ^ T0[(c ^ data[i]) & 0xFF];
        }
        return c;
    }
}
