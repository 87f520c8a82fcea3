package org.heavylegs.formats.fit;

import java.util.Arrays;

/**
 * The record messages of a file as raw columns: the FIT timestamp of each record (seconds since
 * the FIT epoch, NaN when unknown) and one {@code double[]} per {@link RecordSlots} slot that the
 * file uses, NaN where a record has no valid value.
 *
 * <p>Columns are never pre-filled with NaN. Each column knows how many of its leading rows are
 * written ({@link #filled}); the rows a record does not write are filled with NaN only when the
 * column is written again after a gap, or at {@link #finish}. While consecutive records use one
 * plan, its fast fields write every row (NaN when invalid), so their columns have no gaps: the
 * plan is {@link #enter entered} once and the columns' fill marks are brought up to date when
 * another plan takes over.
 */
final class RecordTable {
    private double[] time;
    private final double[][] slots = new double[RecordSlots.COUNT][];
    /** Rows [0, filled[s]) of slot s are written (values or NaN). Stale for the current plan's fast slots. */
    private final int[] filled = new int[RecordSlots.COUNT];
    private int rows;
    /** The plan whose fast slots are written on every row since it was entered, or null. */
    private MessagePlan current;
    /** True while the current plan's {@link FastFields#columns} are this table's columns (no resize since). */
    private boolean columnsSet;

    RecordTable() {
        time = new double[0];
    }

    /**
     * Makes room for exactly {@code capacity} rows in all columns (the decoder counts the records
     * first): columns of exactly {@link #rows()} rows become streams without a copy.
     */
    void reserveExactly(int capacity) {
        if (capacity > time.length) {
            resize(capacity);
        }
    }

    /** Makes room for at least {@code capacity} rows, growing by half again (more records than counted). */
    void reserve(int capacity) {
        if (capacity > time.length) {
            resize(Math.max(capacity, Math.max(64, time.length + (time.length >> 1))));
        }
    }

    /** Makes sure a slot's column exists, so that the hot loop never meets a null column. */
    void ensure(int slot) {
        if (slots[slot] == null) {
            slots[slot] = new double[time.length];
            filled[slot] = 0;
        }
    }

    /**
     * Called before a record of {@code plan} is written at row {@link #rows()}: when the plan
     * changes, the columns of the plan left get their fill marks, and those of the plan entered
     * are filled with NaN up to this row.
     */
    void enter(MessagePlan plan) {
        if (plan == current && columnsSet) {
            return;
        }
        if (plan != current) {
            leave();
            for (int s : plan.fast.slot) {
                fillTo(s, rows);
            }
            current = plan;
        }
        FastFields f = plan.fast;
        for (int i = 0; i < f.n; i++) {
            f.columns[i] = slots[f.slot[i]];
        }
        columnsSet = true;
    }

    /** Brings the fill marks of the current plan's fast slots up to the rows written. */
    private void leave() {
        if (current != null) {
            for (int s : current.fast.slot) {
                filled[s] = rows;
            }
            current = null;
            columnsSet = false;
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

    /** Marks row {@code row} of a slot written (after {@link #fillTo} up to it). */
    void written(int slot, int row) {
        filled[slot] = row + 1;
    }

    /** Sets the row count after rows were written directly into {@link #time()} and the columns. */
    void setRows(int newRows) {
        rows = newRows;
    }

    /** Opens a row at {@code timestamp} and returns its index. */
    int add(double timestamp) {
        if (rows == time.length) {
            grow();
        }
        time[rows] = timestamp;
        return rows++;
    }

    /** Takes back the rows from {@code newRows} on (a record found to be damaged). */
    void truncate(int newRows) {
        if (newRows >= rows) {
            return;
        }
        leave();
        for (int s = 0; s < filled.length; s++) {
            filled[s] = Math.min(filled[s], newRows);
        }
        Arrays.fill(time, newRows, rows, Double.NaN);
        rows = newRows;
    }

    /** Fills every column's gaps with NaN up to the last row; call once decoding is done. */
    void finish() {
        leave();
        for (int s = 0; s < slots.length; s++) {
            if (slots[s] != null) {
                fillTo(s, rows);
            }
        }
    }

    /** The columns by slot (null for unused slots); valid until the next {@link #add}. */
    double[][] slots() {
        return slots;
    }

    double[] time() {
        return time;
    }

    int rows() {
        return rows;
    }

    /** The column of a slot, or null when no record had the field; valid in [0, rows) after {@link #finish}. */
    double[] column(int slot) {
        return slots[slot];
    }

    private void grow() {
        reserve(rows + 1);
    }

    private void resize(int capacity) {
        columnsSet = false;
        time = Arrays.copyOf(time, capacity);
        for (int s = 0; s < slots.length; s++) {
            if (slots[s] != null) {
                slots[s] = Arrays.copyOf(slots[s], capacity);
            }
        }
    }
}
