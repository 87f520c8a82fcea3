package org.heavylegs.formats.fit;

import java.util.Arrays;

/**
 * The first of the decoder's two passes over one FIT file of a chain: the file CRC and the number
 * of record messages, in one loop over the bytes. The CRC (slicing-by-8, {@link FitCrc}, two chains
 * side by side) is bound by table lookups, the count by walking from message header to message
 * header (each step waits for the last); interleaved, the processor does both at once, so the
 * count costs almost nothing
 * and the second pass (decoding into columns sized by the count) needs neither the CRC nor any
 * growing or copying of columns. A file small enough for the cache is then still in it.
 */
final class FirstPass {
    /** The CRC over the bytes given. */
    int crc;
    /** Record messages counted; a lower bound when {@link #lost} (the decoder grows past it). */
    int records;
    /** True when the walk met something it could not follow and stopped counting. */
    boolean lost;

    private final int[] size = new int[16];
    private final boolean[] record = new boolean[16];

    /**
     * Runs the pass: the CRC continued from {@code crc} over {@code d[crcFrom, end)} and the
     * records among the messages from {@code dataStart} (at or after crcFrom) to {@code end}.
     */
    FirstPass run(byte[] d, int crcStart, int crcFrom, int dataStart, int end) {
        int[] t0 = FitCrc.table(0);
        int[] t1 = FitCrc.table(1);
        int[] t2 = FitCrc.table(2);
        int[] t3 = FitCrc.table(3);
        int[] t4 = FitCrc.table(4);
        int[] t5 = FitCrc.table(5);
        int[] t6 = FitCrc.table(6);
        int[] t7 = FitCrc.table(7);
        Arrays.fill(size, -1);
        int c = FitCrc.update(crcStart, d, crcFrom, dataStart);
        int w = dataStart;
        int n = 0;
        boolean walking = true;
        int i = dataStart;
        // The CRC in blocks of 64 bytes, each as two independent chains of 32 bytes side by side
        // (one CRC chain waits on its table lookups; two keep the processor busy) joined by the
        // shift tables; then the walk up to the block's end, so the walk's branches follow the
        // messages, not every 8 bytes.
        int[] shiftLow = FitCrc.shift(0);
        int[] shiftHigh = FitCrc.shift(1);
        for (; i + 2 * FitCrc.HALF_BLOCK <= end; ) {
            int blockEnd = i + 2 * FitCrc.HALF_BLOCK;
            int a = c;
            int b = 0;
            for (int j = i, q = i + FitCrc.HALF_BLOCK; j < i + FitCrc.HALF_BLOCK; j += 8, q += 8) {
                a ^= (d[j] & 0xFF) | (d[j + 1] & 0xFF) << 8;
                b ^= (d[q] & 0xFF) | (d[q + 1] & 0xFF) << 8;
                a = t7[a & 0xFF] ^ t6[a >>> 8] ^ t5[d[j + 2] & 0xFF] ^ t4[d[j + 3] & 0xFF]
                        ^ t3[d[j + 4] & 0xFF] ^ t2[d[j + 5] & 0xFF] ^ t1[d[j + 6] & 0xFF] ^ t0[d[j + 7] & 0xFF];
                b = t7[b & 0xFF] ^ t6[b >>> 8] ^ t5[d[q + 2] & 0xFF] ^ t4[d[q + 3] & 0xFF]
                        ^ t3[d[q + 4] & 0xFF] ^ t2[d[q + 5] & 0xFF] ^ t1[d[q + 6] & 0xFF] ^ t0[d[q + 7] & 0xFF];
            }
            c = shiftLow[a & 0xFF] ^ shiftHigh[a >>> 8] ^ b;
            i = blockEnd;
            while (walking && w < blockEnd) {
                int h = d[w];
                int local = h < 0 ? (h >>> 5) & 0x3 : h & 0x0F;
                if (h >= 0 && (h & 0x40) != 0) {
                    w = define(d, w, end);
                    walking = w >= 0;
                } else if (size[local] < 0) {
                    walking = false;
                } else {
                    n += record[local] ? 1 : 0;
                    w += 1 + size[local];
                }
            }
        }
        c = FitCrc.update(c, d, i, end);
        while (walking && w < end) {
            int h = d[w];
            int local = h < 0 ? (h >>> 5) & 0x3 : h & 0x0F;
            if (h >= 0 && (h & 0x40) != 0) {
                w = define(d, w, end);
                walking = w >= 0;
            } else if (size[local] < 0) {
                walking = false;
            } else {
                n += record[local] ? 1 : 0;
                w += 1 + size[local];
            }
        }
        crc = c;
        records = n;
        lost = !walking;
        return this;
    }

    /** Takes in the definition at {@code w}; returns the offset after it, or -1 when it runs past the end. */
    private int define(byte[] d, int w, int end) {
        int len = MessagePlan.definitionLength(d, w, end);
        if (len < 0) {
            return -1;
        }
        int local = d[w] & 0x0F;
        int n = d[w + 5] & 0xFF;
        int bytes = 0;
        int q = w + 6;
        for (int k = 0; k < n; k++, q += 3) {
            bytes += d[q + 1] & 0xFF;
        }
        if ((d[w] & 0x20) != 0) {
            int nDev = d[q] & 0xFF;
            q++;
            for (int k = 0; k < nDev; k++, q += 3) {
                bytes += d[q + 1] & 0xFF;
            }
        }
        size[local] = bytes;
        int global = d[w + 2] == 1 ? BaseType.u16be(d, w + 3) : BaseType.u16le(d, w + 3);
        record[local] = global == Profile.MESG_RECORD;
        return w + len;
    }
}
