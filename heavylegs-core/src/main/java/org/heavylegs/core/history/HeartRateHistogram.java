package org.heavylegs.core.history;

import java.util.function.DoubleUnaryOperator;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;

/**
 * Seconds spent at each whole beat per minute during one activity. Every heart-rate load that sums
 * over samples (Banister TRIMP, HRSS, Edwards zones) depends only on this distribution, so a
 * history can recompute loads once the athlete's HRmax and HRrest are known without keeping the
 * streams of thousands of runs: a few hundred floats per run instead of a few hundred thousand doubles.
 */
public final class HeartRateHistogram {

    /** Longest gap one sample may stand for, s (as in Totals: a longer gap is a pause or a dropout). */
    static final double MAX_SAMPLE_WEIGHT_S = 10.0;

    public static final HeartRateHistogram EMPTY = new HeartRateHistogram(0, new float[0]);

    private final int lowestBpm;
    private final float[] seconds;

    private HeartRateHistogram(int lowestBpm, float[] seconds) {
        this.lowestBpm = lowestBpm;
        this.seconds = seconds;
    }

    /** From an activity's heart-rate column, each sample weighted by the time to the next (capped). */
    public static HeartRateHistogram of(Activity activity) {
        Streams s = activity.streams();
        double[] hr = s.get(Channel.HEART_RATE_BPM);
        if (hr == null || s.size() == 0) {
            return EMPTY;
        }
        double[] t = s.time();
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (double v : hr) {
            if (Double.isFinite(v) && v > 0) {
                int b = (int) Math.round(v);
                lo = Math.min(lo, b);
                hi = Math.max(hi, b);
            }
        }
        if (lo > hi) {
            return EMPTY;
        }
        float[] sec = new float[hi - lo + 1];
        for (int i = 0; i < hr.length; i++) {
            if (!Double.isFinite(hr[i]) || hr[i] <= 0) {
                continue;
            }
            double w = i + 1 < t.length ? Math.min(Math.max(t[i + 1] - t[i], 0), MAX_SAMPLE_WEIGHT_S) : 1.0;
            sec[(int) Math.round(hr[i]) - lo] += (float) w;
        }
        return new HeartRateHistogram(lo, sec);
    }

    /** A stored distribution: {@code seconds[i]} at {@code lowestBpm + i} bpm (the array is copied). */
    public static HeartRateHistogram of(int lowestBpm, float[] seconds) {
        return seconds.length == 0 ? EMPTY : new HeartRateHistogram(lowestBpm, seconds.clone());
    }

    /** The lowest whole bpm with time in it (0 when empty). */
    public int lowestBpm() {
        return lowestBpm;
    }

    /** Seconds per whole bpm from {@link #lowestBpm()} up (a copy). */
    public float[] secondsPerBpm() {
        return seconds.clone();
    }

    /** For tests and synthetic data: {@code seconds} at one constant heart rate. */
    public static HeartRateHistogram constant(double bpm, double seconds) {
        return new HeartRateHistogram((int) Math.round(bpm), new float[] {(float) seconds});
    }

    public boolean isEmpty() {
        return seconds.length == 0;
    }

    public double totalSeconds() {
        return sum(b -> 1.0);
    }

    /** Time-weighted mean heart rate, NaN when empty. */
    public double meanBpm() {
        double total = totalSeconds();
        return total == 0 ? Double.NaN : sum(b -> b) / total;
    }

    /** The sum over all recorded time of {@code perSecond(bpm)}, i.e. the integral of f(HR(t)) dt in seconds. */
    public double sum(DoubleUnaryOperator perSecond) {
        double total = 0;
        for (int i = 0; i < seconds.length; i++) {
            if (seconds[i] > 0) {
                total += seconds[i] * perSecond.applyAsDouble(lowestBpm + i);
            }
        }
        return total;
    }
}
