package org.heavylegs.formats.fit;

import java.util.Arrays;

/**
 * The record messages of a file as raw columns: the FIT timestamp of each record (seconds since
 * the FIT epoch, NaN when unknown) and one {@code double[]} per {@link RecordSlots} slot that the
 * file uses, NaN where a record has no valid value. Columns are allocated on first use and grow
 * NaN-filled, so decoding a record only writes the values it has.
 */
final class RecordTable {
    private double[] time;
    private final double[][] slots = new double[RecordSlots.COUNT][];
    private int rows;

    RecordTable(int expectedRows) {
        time = new double[Math.max(64, expectedRows)];
    }

    /** Makes sure a slot's column exists, so that the hot loop never meets a null column. */
    void ensure(int slot) {
        if (slots[slot] == null) {
            double[] column = new double[time.length];
            Arrays.fill(column, Double.NaN);
            slots[slot] = column;
        }
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
        for (int r = newRows; r < rows; r++) {
            time[r] = Double.NaN;
            for (double[] column : slots) {
                if (column != null) {
                    column[r] = Double.NaN;
                }
            }
        }
        rows = Math.min(rows, newRows);
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

    /** The column of a slot, or null when no record had the field. */
    double[] column(int slot) {
        return slots[slot];
    }

    private void grow() {
        int capacity = time.length * 2;
        time = Arrays.copyOf(time, capacity);
        for (int s = 0; s < slots.length; s++) {
            if (slots[s] != null) {
                double[] c = Arrays.copyOf(slots[s], capacity);
                Arrays.fill(c, rows, capacity, Double.NaN);
                slots[s] = c;
            }
        }
    }
}
