package org.heavylegs.core.activity;

import java.util.Arrays;

/**
 * Grows columns sample by sample without boxing: {@link #newSample(double)} opens a row, every
 * column starts as NaN in it, and {@link #set(Channel, double)} fills the current row. A column
 * that never receives a value is absent from the built {@link Streams}.
 */
public final class StreamsBuilder {
    private double[] time;
    private final double[][] columns = new double[Channel.all().length][];
    private int size;

    public StreamsBuilder() {
        this(1024);
    }

    public StreamsBuilder(int expectedSamples) {
        time = new double[Math.max(16, expectedSamples)];
    }

    /** Opens a new sample at elapsed time {@code t} (seconds since the activity's start). */
    public StreamsBuilder newSample(double t) {
        if (size == time.length) {
            grow();
        }
        time[size] = t;
        for (double[] column : columns) {
            if (column != null) {
                column[size] = Double.NaN;
            }
        }
        size++;
        return this;
    }

    /** Sets a channel's value in the current sample; NaN leaves it missing. */
    public StreamsBuilder set(Channel channel, double value) {
        if (size == 0) {
            throw new IllegalStateException("no sample opened");
        }
        double[] column = columns[channel.ordinal()];
        if (column == null) {
            if (Double.isNaN(value)) {
                return this;
            }
            column = new double[time.length];
            Arrays.fill(column, 0, size, Double.NaN);
            columns[channel.ordinal()] = column;
        }
        column[size - 1] = value;
        return this;
    }

    /** The value of a channel in the current sample (NaN when unset). */
    public double get(Channel channel) {
        double[] column = columns[channel.ordinal()];
        return column == null || size == 0 ? Double.NaN : column[size - 1];
    }

    public int size() {
        return size;
    }

    /** Time of the current sample, NaN when none is open. */
    public double lastTime() {
        return size == 0 ? Double.NaN : time[size - 1];
    }

    private void grow() {
        int capacity = time.length * 2;
        time = Arrays.copyOf(time, capacity);
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] != null) {
                columns[c] = Arrays.copyOf(columns[c], capacity);
            }
        }
    }

    public Streams build() {
        double[][] cols = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] != null) {
                cols[c] = Arrays.copyOf(columns[c], size);
            }
        }
        return Streams.of(Arrays.copyOf(time, size), cols);
    }
}
