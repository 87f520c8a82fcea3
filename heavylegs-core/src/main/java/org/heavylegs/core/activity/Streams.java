package org.heavylegs.core.activity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The samples of one activity as columns: one {@code double[]} of elapsed seconds since the
 * activity's start, and one {@code double[]} per present {@link Channel}, all of the same length.
 * {@code NaN} marks a missing value. Arrays handed out are the stored ones, for speed: treat them
 * as read-only and use {@link #with(Channel, double[])} to derive changed streams.
 */
public final class Streams {
    private static final Streams EMPTY = new Streams(new double[0], new double[Channel.all().length][]);

    private final double[] time;
    private final double[][] columns;

    private Streams(double[] time, double[][] columns) {
        this.time = time;
        this.columns = columns;
    }

    public static Streams empty() {
        return EMPTY;
    }

    /**
     * Wraps columns without copying. {@code columns[c.ordinal()]} is the column of channel c, or
     * null when absent; every present column must be as long as {@code time}.
     */
    public static Streams of(double[] time, double[][] columns) {
        if (columns.length != Channel.all().length) {
            throw new IllegalArgumentException("expected " + Channel.all().length + " columns, got " + columns.length);
        }
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] != null && columns[i].length != time.length) {
                throw new IllegalArgumentException(Channel.all()[i].key() + " has " + columns[i].length
                        + " samples but time has " + time.length);
            }
        }
        return new Streams(time, columns.clone());
    }

    public int size() {
        return time.length;
    }

    /** Elapsed seconds since the activity's start, one per sample, non-decreasing once cleaned. */
    public double[] time() {
        return time;
    }

    public boolean has(Channel channel) {
        return columns[channel.ordinal()] != null;
    }

    /** The column of a channel, or null when the activity has no such channel. */
    public double[] get(Channel channel) {
        return columns[channel.ordinal()];
    }

    /** Present channels in declaration order. */
    public List<Channel> channels() {
        List<Channel> present = new ArrayList<>();
        for (Channel c : Channel.all()) {
            if (columns[c.ordinal()] != null) {
                present.add(c);
            }
        }
        return present;
    }

    public Set<Channel> channelSet() {
        Set<Channel> set = EnumSet.noneOf(Channel.class);
        set.addAll(channels());
        return set;
    }

    /** New streams with one column replaced, added (non-null) or removed (null). */
    public Streams with(Channel channel, double[] column) {
        if (column != null && column.length != time.length) {
            throw new IllegalArgumentException(channel.key() + " has " + column.length + " samples, expected " + time.length);
        }
        double[][] copy = columns.clone();
        copy[channel.ordinal()] = column;
        return new Streams(time, copy);
    }

    /** New streams with another time column of the same length. */
    public Streams withTime(double[] newTime) {
        if (newTime.length != time.length) {
            throw new IllegalArgumentException("time has " + newTime.length + " samples, expected " + time.length);
        }
        return new Streams(newTime, columns);
    }

    /** New streams keeping only the samples whose index has {@code keep[i]} true. */
    public Streams filter(boolean[] keep) {
        int n = 0;
        for (boolean k : keep) {
            if (k) {
                n++;
            }
        }
        double[] t = new double[n];
        double[][] cols = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] != null) {
                cols[c] = new double[n];
            }
        }
        int j = 0;
        for (int i = 0; i < time.length; i++) {
            if (!keep[i]) {
                continue;
            }
            t[j] = time[i];
            for (int c = 0; c < columns.length; c++) {
                if (columns[c] != null) {
                    cols[c][j] = columns[c][i];
                }
            }
            j++;
        }
        return new Streams(t, cols);
    }

    /** The samples with index in [from, to), re-based so that time stays relative to {@code timeOrigin}. */
    public Streams slice(int from, int to, double timeOrigin) {
        double[] t = new double[to - from];
        for (int i = from; i < to; i++) {
            t[i - from] = time[i] - timeOrigin;
        }
        double[][] cols = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] != null) {
                cols[c] = java.util.Arrays.copyOfRange(columns[c], from, to);
            }
        }
        return new Streams(t, cols);
    }
}
