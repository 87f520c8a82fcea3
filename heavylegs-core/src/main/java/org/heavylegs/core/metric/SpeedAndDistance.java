package org.heavylegs.core.metric;

import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;
import org.heavylegs.core.activity.Totals;

/**
 * Speed and distance of {@link RunSeries}' grid: speed is the speed channel, else derived from
 * distance, else from positions; distance counts from the first grid second and never decreases.
 */
final class SpeedAndDistance {
    final double[] speed;
    final double[] distance;
    /** See {@link RunSeries#totalDistanceM()}. */
    final double totalDistanceM;

    private SpeedAndDistance(double[] speed, double[] distance, double totalDistanceM) {
        this.speed = speed;
        this.distance = distance;
        this.totalDistanceM = totalDistanceM;
    }

    /**
     * @param cap     the highest plausible speed, m/s
     * @param maxGapS the gap limit for interpolation, s
     */
    static SpeedAndDistance of(Streams s, RawSamples raw, double[] grid, double maxGapS, double cap) {
        double[] rawDistance = rawDistance(s, raw);
        double[] speed = speed(s, raw, grid, rawDistance, maxGapS, cap);
        double[] d = raw.resample(rawDistance, grid, Double.POSITIVE_INFINITY);
        int len = grid.length;
        if (RunSeries.countValid(d) == 0) {
            if (RunSeries.countValid(speed) == 0) {
                return new SpeedAndDistance(speed, RawSamples.nan(len), Double.NaN);
            }
            double total = 0;
            for (int k = 0; k < len; k++) {
                d[k] = total;
                if (!Double.isNaN(speed[k])) {
                    total += speed[k];
                }
            }
            return new SpeedAndDistance(speed, d, total);
        }
        double totalDistanceM = rawSpan(rawDistance, raw.time, grid);
        double first = Double.NaN;
        for (double x : d) {
            if (!Double.isNaN(x)) {
                first = x;
                break;
            }
        }
        double last = first;
        for (int k = 0; k < len; k++) {
            double x = Double.isNaN(d[k]) ? last : Math.max(last, d[k]);
            d[k] = x - first;
            last = x;
        }
        return new SpeedAndDistance(speed, d, totalDistanceM);
    }

    /** Cumulative distance per raw sample: the distance column, else positions; NaN where unknown. */
    private static double[] rawDistance(Streams s, RawSamples raw) {
        int[] order = raw.order;
        double[] d = s.get(Channel.DISTANCE_M);
        int m = order.length;
        double[] out = RawSamples.nan(m);
        if (d != null) {
            int valid = 0;
            for (int j = 0; j < m; j++) {
                double x = d[order[j]];
                if (Double.isFinite(x) && x >= 0) {
                    out[j] = x;
                    valid++;
                }
            }
            if (valid >= 2) {
                return out;
            }
        }
        double[] lat = s.get(Channel.LATITUDE_DEG);
        double[] lon = s.get(Channel.LONGITUDE_DEG);
        if (lat == null || lon == null) {
            return RawSamples.nan(m);
        }
        double total = 0;
        int prev = -1;
        for (int j = 0; j < m; j++) {
            double la = lat[order[j]];
            double lo = lon[order[j]];
            if (!Double.isFinite(la) || !Double.isFinite(lo) || Math.abs(la) > 90 || Math.abs(lo) > 180) {
                continue;
            }
            if (prev >= 0) {
                total += Totals.haversineM(lat[order[prev]], lon[order[prev]], la, lo);
            }
            out[j] = total;
            prev = j;
        }
        return out;
    }

    /** The speed channel when it covers at least half the samples, else speed from distance. */
    private static double[] speed(Streams s, RawSamples raw, double[] grid, double[] rawDistance, double maxGapS,
                                  double cap) {
        double[] fromChannel = raw.channel(s, Channel.SPEED_M_S, 0, cap, grid, maxGapS);
        int have = RunSeries.countValid(fromChannel);
        if (have > 0 && have * 2 >= grid.length) {
            return fromChannel;
        }
        double[] rawTime = raw.time;
        int m = rawDistance.length;
        int[] prev = new int[m];
        int[] next = new int[m];
        int last = -1;
        for (int j = 0; j < m; j++) {
            prev[j] = last;
            if (!Double.isNaN(rawDistance[j])) {
                last = j;
            }
        }
        last = -1;
        for (int j = m - 1; j >= 0; j--) {
            next[j] = last;
            if (!Double.isNaN(rawDistance[j])) {
                last = j;
            }
        }
        double[] v = RawSamples.nan(m);
        for (int j = 0; j < m; j++) {
            boolean here = !Double.isNaN(rawDistance[j]);
            int a = prev[j] >= 0 ? prev[j] : (here ? j : -1);
            int b = next[j] >= 0 ? next[j] : (here ? j : -1);
            if (a < 0 || b < 0 || a == b) {
                continue;
            }
            double dt = rawTime[b] - rawTime[a];
            if (dt <= 0 || dt > 2 * maxGapS) {
                continue;
            }
            double x = (rawDistance[b] - rawDistance[a]) / dt;
            v[j] = x >= 0 && x <= cap ? x : Double.NaN;
        }
        double[] derived = raw.resample(v, grid, maxGapS);
        return RunSeries.countValid(derived) > have ? derived : fromChannel;
    }

    /** Last minus first valid raw value up to the end of the grid (the whole run unless truncated). */
    private static double rawSpan(double[] raw, double[] rawTime, double[] grid) {
        double end = grid.length == 0 ? Double.NEGATIVE_INFINITY : grid[grid.length - 1] + 1;
        double first = Double.NaN;
        double last = Double.NaN;
        for (int j = 0; j < raw.length && rawTime[j] <= end; j++) {
            if (!Double.isNaN(raw[j])) {
                if (Double.isNaN(first)) {
                    first = raw[j];
                }
                last = Math.max(Double.isNaN(last) ? raw[j] : last, raw[j]);
            }
        }
        return last - first;
    }
}
