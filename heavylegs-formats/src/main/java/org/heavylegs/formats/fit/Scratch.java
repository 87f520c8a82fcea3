package org.heavylegs.formats.fit;

import java.lang.ref.SoftReference;

/**
 * The arrays the decoder writes a file's records and RR intervals into, kept per thread and reused
 * from file to file. The activities never get these arrays: the assembler copies each stream out
 * at its exact length ({@code Arrays.copyOfRange}), and an array made by a copy is not zeroed
 * first, so the output memory is written once. Reused arrays also stay in the cache from one file
 * to the next, and the decoder need not know the number of records before it starts (so the first
 * pass is the CRC alone). Measured on the ten-year athlete: zeroing fresh columns was ~20 % of
 * the decoder's time, and a fresh array zeroed then filled runs at 7.7 GB/s here against 10 GB/s
 * for a copy.
 *
 * <p>The thread also keeps the plans compiled from definition messages ({@link #plans}), which
 * later files of the same device repeat.
 *
 * <p>{@link #borrow} takes the thread's arrays (or new ones when they are lent out, so a nested
 * or unfinished decode never shares them) and {@link #giveBack} returns them once the activities
 * are assembled. Arrays grown past {@link #KEEP_ROWS} rows are not kept, so a thread holds at
 * most 1 MB per column it used (about 12 MB for the usual dozen record fields) between files.
 */
final class Scratch {
    /** Largest column kept between files, rows (1 MB per column; a 10-hour ride at 1 Hz is 36,000). */
    static final int KEEP_ROWS = 1 << 17;

    /**
     * The thread's free arrays, softly held: a server keeps many threads, each of which may have
     * decoded an upload once, and the collector may take back their ~12 MB when memory runs short
     * (a soft reference is cleared only then, so a busy import keeps its arrays).
     */
    private static final ThreadLocal<SoftReference<Scratch>> FREE = new ThreadLocal<>();

    double[] time = new double[0];
    /** Per row: where its record's fields start in the file. */
    int[] offsets = new int[0];
    /** Per record slot, its column when the slot was used in an earlier file (any length), else null. */
    final double[][] slots = new double[RecordSlots.COUNT][];
    double[] rr = new double[0];
    /** Compiled plans by a hash of their definition (a power of two long; {@link Definitions}). */
    final MessagePlan[] plans = new MessagePlan[64];

    /** The thread's arrays, or new ones when they are lent out. */
    static Scratch borrow() {
        SoftReference<Scratch> held = FREE.get();
        Scratch s = held == null ? null : held.get();
        if (s == null) {
            return new Scratch();
        }
        FREE.set(null);
        return s;
    }

    /** Returns borrowed arrays to the thread (nothing may use them afterwards). */
    void giveBack() {
        // Arrays a rare long file grew past the limit are let go (the next file grows new ones).
        if (time.length > KEEP_ROWS) {
            time = new double[0];
            offsets = new int[0];
        }
        for (int s = 0; s < slots.length; s++) {
            if (slots[s] != null && slots[s].length > KEEP_ROWS) {
                slots[s] = null;
            }
        }
        if (rr.length > 2 * KEEP_ROWS) {
            rr = new double[0];
        }
        FREE.set(new SoftReference<>(this));
    }
}
