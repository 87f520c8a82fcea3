package org.heavylegs.formats.fit;

import java.util.Arrays;

/**
 * The record messages of a file as raw columns: the FIT timestamp of each record (seconds since
 * the FIT epoch, NaN when unknown) and one {@code double[]} per {@link RecordSlots} slot that the
 * file uses, NaN where a record has no valid value.
 *
 * <p>The record loop writes only each row's time and where its record sits in the file
 * ({@link #offsets}); rows that share a plan form the open segment, whose fields
 * {@link FieldColumns} decodes column by column when another plan takes over, when rows are
 * taken back, or at {@link #finish}. Columns are never pre-filled with NaN: each column knows how
 * many of its leading rows are written ({@link #filled}), and the rows a segment does not write
 * are filled with NaN only when the column is written again after a gap, or at the end.
 */
final class RecordTable {
    /**
     * Rows decoded field by field at a time: their records (~20 KB) stay in the L1 cache while
     * every field's loop reads them again. Measured on FieldColumns alone (the records in the L2
     * cache, as after the first pass): 2,048 rows, whose 60-80 KB of records do not fit the 48 KB
     * L1, took 15-25 % longer per row than 384-768 rows, on the corpus and on ten-year records
     * with and without running dynamics; 256 rows begin to pay for the loops' set-up.
     */
    private static final int CHUNK = 512;

    private final Scratch scratch;
    private byte[] data;
    private double[] time;
    /** Per row: the offset of its record's first field byte in {@link #data}. */
    private int[] offsets;
    private final double[][] slots = new double[RecordSlots.COUNT][];
    /** Rows [0, filled[s]) of slot s are written (values or NaN). */
    private final int[] filled = new int[RecordSlots.COUNT];
    private int rows;
    /** The plan of the open segment (rows [segmentStart, rows), fields not yet decoded), or null. */
    private MessagePlan segment;
    private int segmentStart;

    /** A table on fresh arrays (tests). */
    RecordTable() {
        this(new Scratch());
    }

    /**
     * A table on reused arrays: columns are longer than {@link #rows()} and are overwritten by the
     * next file, so whatever leaves the decoder is copied out (see {@link Scratch}).
     */
    RecordTable(Scratch scratch) {
        this.scratch = scratch;
        time = scratch.time;
        offsets = scratch.offsets;
    }

    /** The bytes the offsets point into (the whole file). */
    void bind(byte[] fileBytes) {
        data = fileBytes;
    }

    /** Makes room for exactly {@code capacity} rows in all columns (tests that read whole columns). */
    void reserveExactly(int capacity) {
        if (capacity > time.length) {
            resize(capacity);
        }
    }

    /** Makes room for at least {@code capacity} rows, growing by half again. */
    void reserve(int capacity) {
        if (capacity > time.length) {
            int grown = Math.max(64, time.length + (time.length >> 1));
            if (time.length < Scratch.KEEP_ROWS) {
                grown = Math.min(grown, Scratch.KEEP_ROWS); // not past what the scratch keeps, unless needed
            }
            resize(Math.max(capacity, grown));
        }
    }

    /** Makes sure a slot's column exists, so that decoding never meets a null column. */
    void ensure(int slot) {
        if (slots[slot] == null) {
            double[] kept = scratch.slots[slot];
            if (kept == null || kept.length < time.length) {
                kept = new double[time.length]; // rows are written before they are read: no copy
                scratch.slots[slot] = kept;
            }
            slots[slot] = kept;
            filled[slot] = 0;
        }
    }

    /**
     * Called before a record of {@code plan} is written at row {@link #rows()}: when the plan is
     * not the open segment's, that segment is decoded and a new one opens here.
     */
    void begin(MessagePlan plan) {
        if (plan != segment) {
            closeSegment();
            segment = plan;
            segmentStart = rows;
        }
    }

    /**
     * Decodes the fields of the open segment's rows, {@link #CHUNK} rows at a time, so that the
     * records' bytes stay in the cache while each field's loop reads them again.
     */
    private void closeSegment() {
        if (segment != null) {
            for (int from = segmentStart; from < rows; from += CHUNK) {
                FieldColumns.decode(data, segment, this, from, Math.min(rows, from + CHUNK));
            }
            segment = null;
        }
    }

    /** Fills a column with NaN from its fill mark up to {@code row} (exclusive), and marks it so. */
    void fillTo(int slot, int row) {
        int from = filled[slot];
        if (from < row) {
            Arrays.fill(slots[slot], from, row, Double.NaN);
            filled[slot] = row;
        }
    }

    /** Marks rows up to {@code row} (exclusive) of a slot written. */
    void written(int slot, int row) {
        filled[slot] = row;
    }

    /** Sets the row count after rows were written directly into {@link #time()} and {@link #offsets()}. */
    void setRows(int newRows) {
        rows = newRows;
    }

    /** Takes back the rows from {@code newRows} on (a record found to be damaged). */
    void truncate(int newRows) {
        if (newRows >= rows) {
            return;
        }
        // Rows taken back are never decoded: the open segment (if it still has rows) ends there.
        segmentStart = Math.min(segmentStart, newRows);
        for (int s = 0; s < filled.length; s++) {
            filled[s] = Math.min(filled[s], newRows);
        }
        Arrays.fill(time, newRows, rows, Double.NaN);
        rows = newRows;
    }

    /** Decodes what is open and fills every column's gaps with NaN up to the last row; call once decoding is done. */
    void finish() {
        closeSegment();
        for (int s = 0; s < slots.length; s++) {
            if (slots[s] != null) {
                fillTo(s, rows);
            }
        }
    }

    /** The columns by slot (null for unused slots); valid until the table grows. */
    double[][] slots() {
        return slots;
    }

    double[] time() {
        return time;
    }

    int[] offsets() {
        return offsets;
    }

    int rows() {
        return rows;
    }

    /**
     * The column of a slot, or null when no record had the field; valid in [0, rows) after
     * {@link #finish}, and possibly longer.
     */
    double[] column(int slot) {
        return slots[slot];
    }

    private void resize(int capacity) {
        time = Arrays.copyOf(time, capacity);
        offsets = Arrays.copyOf(offsets, capacity);
        scratch.time = time;
        scratch.offsets = offsets;
        for (int s = 0; s < slots.length; s++) {
            if (slots[s] != null) {
                slots[s] = Arrays.copyOf(slots[s], capacity);
                scratch.slots[s] = slots[s];
            }
        }
    }
}
