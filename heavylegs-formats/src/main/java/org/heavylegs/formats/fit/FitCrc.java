package org.heavylegs.formats.fit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The 16-bit CRC of FIT files: the reflected CRC-16 with polynomial 0x8005 (0xA001 reflected),
 * initial value 0, no final xor (the catalogue's "CRC-16/ARC"). A file's CRC is over its header
 * and data; the CRC over header, data and the two stored CRC bytes is 0 when they agree.
 *
 * <p>Slicing-by-16: entry {@code k * 256 + b} of one flat table holds the CRC of byte b followed by
 * k zero bytes, so a step folds 16 bytes with 16 independent lookups. The register is only 16
 * bits wide, so only the step's first two bytes depend on the last step: the other 14 lookups are
 * off the chain of dependent loads, and a step costs about the latency of one lookup. The first 8
 * bytes come in as one little-endian long cut by shifts, the other 8 as single bytes: that
 * balances the processor's load ports against its arithmetic (all bytes loaded singly, or all cut
 * from longs, measured 20-35 % slower here; slicing-by-8, 2.5x slower). The table is one static
 * final array, so the JIT knows its length and drops the bounds checks of the lookups.
 */
final class FitCrc {
    private static final int POLY_REFLECTED = 0xA001;
    /** Bytes folded per {@link #step}. */
    static final int STEP = 16;
    private static final int[] T = new int[STEP * 256];
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLY_REFLECTED : crc >>> 1;
            }
            T[i] = crc;
        }
        for (int k = 1; k < STEP; k++) {
            for (int i = 0; i < 256; i++) {
                int prev = T[(k - 1) * 256 + i];
                T[k * 256 + i] = (prev >>> 8) ^ T[prev & 0xFF];
            }
        }
    }

    private FitCrc() {
    }

    /** Continues {@code crc} over {@code data[from, to)}. */
    static int update(int crc, byte[] data, int from, int to) {
        int c = crc;
        int i = from;
        for (; i + STEP <= to; i += STEP) {
            c = step(c, data, i);
        }
        return bytes(c, data, i, to);
    }

    /** Continues {@code crc} over {@code data[from, to)} one byte at a time (short stretches). */
    static int bytes(int crc, byte[] data, int from, int to) {
        int[] t = T;
        int c = crc;
        for (int i = from; i < to; i++) {
            c = (c >>> 8) ^ t[(c ^ data[i]) & 0xFF];
        }
        return c;
    }

    /** Continues {@code c} over the {@link #STEP} bytes at {@code d[i]} (all present). */
    static int step(int c, byte[] d, int i) {
        int[] t = T;
        long w = (long) LONG_LE.get(d, i);
        int x = c ^ (int) (w & 0xFFFF);
        int rest = t[13 * 256 + (int) ((w >>> 16) & 0xFF)] ^ t[12 * 256 + (int) ((w >>> 24) & 0xFF)]
                ^ t[11 * 256 + (int) ((w >>> 32) & 0xFF)] ^ t[10 * 256 + (int) ((w >>> 40) & 0xFF)]
                ^ t[9 * 256 + (int) ((w >>> 48) & 0xFF)] ^ t[8 * 256 + (int) (w >>> 56)]
                ^ t[7 * 256 + (d[i + 8] & 0xFF)] ^ t[6 * 256 + (d[i + 9] & 0xFF)]
                ^ t[5 * 256 + (d[i + 10] & 0xFF)] ^ t[4 * 256 + (d[i + 11] & 0xFF)]
                ^ t[3 * 256 + (d[i + 12] & 0xFF)] ^ t[2 * 256 + (d[i + 13] & 0xFF)]
                ^ t[256 + (d[i + 14] & 0xFF)] ^ t[d[i + 15] & 0xFF];
        return t[15 * 256 + (x & 0xFF)] ^ t[14 * 256 + (x >>> 8)] ^ rest;
    }
}
