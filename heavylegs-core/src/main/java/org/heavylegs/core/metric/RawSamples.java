package org.heavylegs.core.metric;

import java.util.Arrays;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;

/**
 * The raw samples of an activity that {@link RunSeries} uses: those with finite times that do not
 * go back in time, in recording order, and their resampling onto the one-second grid by linear
 * interpolation between valid neighbours.
 */
final class RawSamples {
    /** Index into the activity's streams of each kept sample. */
    final int[] order;
    /** Elapsed time of each kept sample, s, non-decreasing. */
    final double[] time;

    private RawSamples(int[] order, double[] time) {
        this.order = order;
        this.time = time;
    }

    /** Keeps the samples with finite times that do not go back in time. */
    static RawSamples of(double[] t) {
        int[] idx = new int[t.length];
        int m = 0;
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < t.length; i++) {
            if (Double.isFinite(t[i]) && t[i] >= last) {
                idx[m++] = i;
                last = t[i];
            }
        }
        int[] order = Arrays.copyOf(idx, m);
        double[] time = new double[m];
        for (int j = 0; j < m; j++) {
            time[j] = t[order[j]];
        }
        return new RawSamples(order, time);
    }

    /** Twice the median sample interval, between 5 and 15 s. */
    double gapLimit() {
        int m = time.length;
        if (m < 3) {
            return RunSeries.MAX_GAP_S;
        }
        double[] dt = new double[m - 1];
        for (int j = 1; j < m; j++) {
            dt[j - 1] = time[j] - time[j - 1];
        }
        double med = RunSeries.median(dt);
        return Math.max(RunSeries.MAX_GAP_S, Math.min(RunSeries.SPARSE_MAX_GAP_S, RunSeries.SPARSE_GAP_FACTOR * med));
    }

    /** A raw channel, valid values in [lo, hi], on the grid; all NaN when absent. */
    double[] channel(Streams s, Channel c, double lo, double hi, double[] grid, double maxGap) {
        double[] col = s.get(c);
        if (col == null) {
            return nan(grid.length);
        }
        double[] v = new double[order.length];
        for (int j = 0; j < order.length; j++) {
            double x = col[order[j]];
            v[j] = Double.isFinite(x) && x >= lo && x <= hi ? x : Double.NaN;
        }
        return resample(v, grid, maxGap);
    }

    /** Per-sample values on the grid: linear interpolation between valid neighbours at most maxGap apart. */
    double[] resample(double[] v, double[] grid, double maxGap) {
        int m = time.length;
        double[] tv = new double[m];
        double[] vv = new double[m];
        int c = 0;
        for (int j = 0; j < m; j++) {
            if (!Double.isNaN(v[j])) {
                tv[c] = time[j];
                vv[c] = v[j];
                c++;
            }
        }
        double[] out = nan(grid.length);
        if (c == 0) {
            return out;
        }
        int j = 0;
        for (int k = 0; k < grid.length; k++) {
            double t = grid[k];
            while (j + 1 < c && tv[j + 1] <= t) {
                j++;
            }
            if (tv[j] > t) {
                continue;
            }
            if (tv[j] == t) {
                out[k] = vv[j];
            } else if (j + 1 < c && tv[j + 1] - tv[j] <= maxGap) {
                double f = (t - tv[j]) / (tv[j + 1] - tv[j]);
                out[k] = vv[j] + f * (vv[j + 1] - vv[j]);
            }
        }
        return out;
    }

    static double[] nan(int len) {
        double[] x = new double[len];
        Arrays.fill(x, Double.NaN);
        return x;
    }
}
