package org.heavylegs.formats.fit;

import java.util.Arrays;

/**
 * The first of the decoder's two passes over one FIT file of a chain: the file CRC and the number
 * of record messages, in one loop over the bytes. The CRC ({@link FitCrc}, slicing-by-16) is bound
 * by table lookups, the count by walking from message header to message header (each step waits
 * for the last); interleaved, the processor does both at once, so the count costs almost nothing,
 * and the second pass (decoding into columns sized by the count) needs neither the CRC nor any
 * growing or copying of columns. A file small enough for the cache is then still in it.
 */
final class FirstPass {
    /** The CRC over the bytes given. */
    int crc;
    /** Record messages counted; a lower bound when {@link #lost} (the decoder grows past it). */
    int records;
    /** At most this many RR intervals in hrv messages (two bytes of each hrv message a value). */
    int rrIntervals;
    /** True when the walk met something it could not follow and stopped counting. */
    boolean lost;

    /** Bytes of CRC between two stretches of the walk. */
    private static final int BLOCK = 4 * FitCrc.STEP;
    /**
     * How far ahead of the CRC the pass reads one byte per block, bytes. Java has no prefetch
     * instruction; a plain load this far ahead makes the memory system fetch the next 16 KB while
     * the CRC works on the last (the ten-year athlete's 355 MB do not fit in the cache: its first
     * pass ran at 1.5 GB/s without this, 2.4 GB/s with it; 1-4 KB ahead helped less).
     */
    private static final int TOUCH_AHEAD = 16 * 1024;
    /**
     * Steps of the walk per block of CRC: enough for messages of 32 bytes or more; the walk falls
     * behind on shorter ones and catches up after the CRC, in the cache. More steps run the walk
     * ahead of the bytes the CRC (and the read-ahead) brought into the cache, where each step
     * waits for memory (3 steps measured 10-15 % slower on the ten-year athlete, 1 step 5 %).
     */
    private static final int WALK_STEPS = 2;
    /** The sum of the bytes read ahead; kept so that the JIT cannot drop those loads. */
    int touch;

    /**
     * Per record header byte: the length of the data message it starts (header included), or 0
     * for a definition, an undefined local type or a compressed-timestamp header (the walk's slow
     * path, which finds a compressed header's local type 0-3 at index 0-3).
     */
    private final int[] length = new int[256];
    /** Per record header byte, what one message adds to the counts: 1 for a record, hrv values << 32. */
    private final long[] counts = new long[256];
    /** The counts of the messages with compressed-timestamp headers (taken on the slow path). */
    private long compressedCounts;

    /**
     * Runs the pass: the CRC continued from {@code crc} over {@code d[crcFrom, end)} and the
     * records among the messages from {@code dataStart} (at or after crcFrom) to {@code end}.
     */
    FirstPass run(byte[] d, int crcStart, int crcFrom, int dataStart, int end) {
        Arrays.fill(length, 0);
        Arrays.fill(counts, 0);
        compressedCounts = 0;
        int[] length = this.length;
        long[] counts = this.counts;
        int c = FitCrc.update(crcStart, d, crcFrom, dataStart);
        int w = dataStart;
        int last = w;
        long n = 0;
        int i = dataStart;
        // The CRC in blocks of 64 bytes (four steps of FitCrc), and in each block WALK_STEPS
        // steps of the walk from message header to message header: a fixed number, so that no
        // branch depends on where the messages end. Each block also reads one byte
        // TOUCH_AHEAD bytes further on, which starts fetching that part of a file that is not in
        // the cache long before the CRC gets there.
        int lastByte = d.length - 1;
        int touched = 0;
        for (; i + BLOCK <= end; i += BLOCK) {
            touched += d[Math.min(i + TOUCH_AHEAD, lastByte)];
            c = FitCrc.step(c, d, i);
            c = FitCrc.step(c, d, i + FitCrc.STEP);
            c = FitCrc.step(c, d, i + 2 * FitCrc.STEP);
            c = FitCrc.step(c, d, i + 3 * FitCrc.STEP);
            for (int k = 0; k < WALK_STEPS && w < end; k++) {
                last = w;
                int h = d[w] & 0xFF;
                int len = length[h];
                if (len == 0) {
                    w = slowStep(d, w, end);
                } else {
                    n += counts[h];
                    w += len;
                }
            }
        }
        c = FitCrc.update(c, d, i, end);
        while (w < end) {
            last = w;
            int h = d[w] & 0xFF;
            int len = length[h];
            if (len == 0) {
                w = slowStep(d, w, end);
            } else {
                n += counts[h];
                w += len;
            }
        }
        if (w != Integer.MAX_VALUE && w > end) {
            // The last message runs past the end of the data: decoding stops before it.
            int h = d[last] & 0xFF;
            n -= h < 0x80 ? counts[h] : counts[(h >>> 5) & 0x3];
        }
        crc = c;
        touch = touched;
        n += compressedCounts;
        records = (int) n;
        rrIntervals = (int) (n >>> 32);
        lost = w == Integer.MAX_VALUE;
        return this;
    }

    /**
     * A header the tables do not know: a definition is taken in and the offset after it returned;
     * anything else (an undefined local type, a definition past the end) stops the walk, which
     * returns {@link Integer#MAX_VALUE}.
     */
    private int slowStep(byte[] d, int w, int end) {
        int h = d[w];
        if (h < 0) {
            // A compressed-timestamp header (rare): local types 0-3 in bits 5 and 6.
            int local = (h >>> 5) & 0x3;
            if (length[local] > 0) {
                compressedCounts += counts[local];
                return w + length[local];
            }
        } else if ((h & 0x40) != 0) {
            int next = define(d, w, end);
            if (next >= 0) {
                return next;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Takes in the definition at {@code w}; returns the offset after it, or -1 when it runs past the end. */
    private int define(byte[] d, int w, int end) {
        int len = PlanCompiler.definitionLength(d, w, end);
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
        int global = d[w + 2] == 1 ? BaseType.u16be(d, w + 3) : BaseType.u16le(d, w + 3);
        long count = global == Profile.MESG_RECORD ? 1 : global == Profile.MESG_HRV ? (long) (bytes / 2) << 32 : 0;
        // Normal headers carry the local type in their low 4 bits (bits 4 and 5 are reserved).
        for (int reserved = 0; reserved < 4; reserved++) {
            length[local | reserved << 4] = 1 + bytes;
            counts[local | reserved << 4] = count;
        }
        return w + len;
    }
}
