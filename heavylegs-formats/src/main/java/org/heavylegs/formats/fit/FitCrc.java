package org.heavylegs.formats.fit;

/**
 * The 16-bit CRC of FIT files: the reflected CRC-16 with polynomial 0x8005 (0xA001 reflected),
 * initial value 0, no final xor (the catalogue's "CRC-16/ARC"). A file's CRC is over its header
 * and data; the CRC over header, data and the two stored CRC bytes is 0 when they agree.
 *
 * <p>Slicing-by-8: table {@code T[k]} holds the CRC of a byte followed by k zero bytes, so the
 * loop folds eight bytes per step with eight lookups instead of eight dependent ones.
 */
final class FitCrc {
    private static final int POLY_REFLECTED = 0xA001;
    private static final int[][] T = new int[8][256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLY_REFLECTED : crc >>> 1;
            }
            T[0][i] = crc;
        }
        for (int k = 1; k < 8; k++) {
            for (int i = 0; i < 256; i++) {
                int prev = T[k - 1][i];
                T[k][i] = (prev >>> 8) ^ T[0][prev & 0xFF];
            }
        }
    }

    /** Bytes of each of the two halves of a block in {@link FirstPass} (two CRC chains side by side). */
    static final int HALF_BLOCK = 32;
    /**
     * The CRC register after {@link #HALF_BLOCK} zero bytes, from a register with only its low (0)
     * or high (1) byte set: the CRC with initial value 0 and no final xor is linear, so running a
     * register c through n zero bytes is SHIFT[0][c & 0xFF] ^ SHIFT[1][c >>> 8], and the CRC of
     * A then B (each n bytes) is that of A shifted by n, xor the CRC of B started from 0.
     */
    private static final int[][] SHIFT = new int[2][256];

    static {
        for (int b = 0; b < 256; b++) {
            SHIFT[0][b] = update(b, new byte[HALF_BLOCK], 0, HALF_BLOCK);
            SHIFT[1][b] = update(b << 8, new byte[HALF_BLOCK], 0, HALF_BLOCK);
        }
    }

    private FitCrc() {
    }

    /** The shift tables of {@link #SHIFT}: 0 for the low byte, 1 for the high byte. */
    static int[] shift(int k) {
        return SHIFT[k];
    }

    /** Table k of the slicing: the CRC of a byte followed by k zero bytes. */
    static int[] table(int k) {
        return T[k];
    }

    /** Continues {@code crc} over {@code data[from, to)}. */
    static int update(int crc, byte[] data, int from, int to) {
        int[] t0 = T[0];
        int[] t1 = T[1];
        int[] t2 = T[2];
        int[] t3 = T[3];
        int[] t4 = T[4];
        int[] t5 = T[5];
        int[] t6 = T[6];
        int[] t7 = T[7];
        int c = crc;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            c ^= (data[i] & 0xFF) | (data[i + 1] & 0xFF) << 8;
            c = t7[c & 0xFF] ^ t6[c >>> 8] ^ t5[data[i + 2] & 0xFF] ^ t4[data[i + 3] & 0xFF]
                    ^ t3[data[i + 4] & 0xFF] ^ t2[data[i + 5] & 0xFF] ^ t1[data[i + 6] & 0xFF] ^ t0[data[i + 7] & 0xFF];
        }
        for (; i < to; i++) {
            c = (c >>> 8) ^ t0[(c ^ data[i]) & 0xFF];
        }
        return c;
    }
}
