package org.heavylegs.report.html.chart;

import java.util.Arrays;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;

/** A run's samples averaged into equal time buckets, for {@link FocusRunChart}'s panels. */
final class TimeBuckets {

    private TimeBuckets() {
    }

    /** Mean of the finite values per bucket; NaN for empty buckets. */
    static double[] means(double[] time, double[] v, double t0, double bucket, int n) {
        double[] sum = new double[n];
        int[] count = new int[n];
        for (int i = 0; i < time.length; i++) {
            if (Double.isFinite(v[i]) && Double.isFinite(time[i])) {
                int b = (int) ((time[i] - t0) / bucket);
                if (b >= 0 && b < n) {
                    sum[b] += v[i];
                    count[b]++;
                }
            }
        }
        double[] out = new double[n];
        for (int b = 0; b < n; b++) {
            out[b] = count[b] == 0 ? Double.NaN : sum[b] / count[b];
        }
        return out;
    }

    /**
     * Speed per bucket: the mean of the moving samples of the speed channel (a bucket half spent at a
     * standstill would otherwise show as a slow spike), or the distance covered over the bucket when
     * only distance was recorded.
     */
    static double[] speed(Streams s, double t0, double bucket, int n) {
        if (s.has(Channel.SPEED_M_S)) {
            double[] v = s.get(Channel.SPEED_M_S);
            double[] moving = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                moving[i] = v[i] >= FocusRunChart.MIN_RUNNING_SPEED_M_S ? v[i] : Double.NaN;
            }
            return means(s.time(), moving, t0, bucket, n);
        }
        double[] d = s.get(Channel.DISTANCE_M);
        if (d == null) {
            return null;
        }
        double[] t = s.time();
        double[] firstT = new double[n];
        double[] lastT = new double[n];
        double[] firstD = new double[n];
        double[] lastD = new double[n];
        Arrays.fill(firstT, Double.NaN);
        for (int i = 0; i < t.length; i++) {
            if (!Double.isFinite(d[i])) {
                continue;
            }
            int b = (int) ((t[i] - t0) / bucket);
            if (b < 0 || b >= n) {
                continue;
            }
            if (Double.isNaN(firstT[b])) {
                firstT[b] = t[i];
                firstD[b] = d[i];
            }
            lastT[b] = t[i];
            lastD[b] = d[i];
        }
        double[] out = new double[n];
        for (int b = 0; b < n; b++) {
            out[b] = Double.isNaN(firstT[b]) || lastT[b] <= firstT[b] ? Double.NaN
                    : (lastD[b] - firstD[b]) / (lastT[b] - firstT[b]);
        }
        return out;
    }
}
