package org.heavylegs.core.clean;

import java.util.List;
import java.util.Locale;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;

/**
 * Sets impossible and spiking heart-rate samples missing.
 * <ul>
 *   <li>Out of bounds: 0 (what many devices write when the sensor loses contact), below
 *       {@link #MIN_BPM} or above {@link #MAX_BPM}. These bounds are absolute and physiological:
 *       the reader does not know the athlete's maximum, so the metrics apply the athlete-specific
 *       bound (HRmax + 5, ../shared/SCIENCE.md section 0) later.</li>
 *   <li>Spikes: a short run of samples more than {@link #SPIKE_BPM} away from the median of their
 *       neighbours, with the heart rate back at the level it left within a few seconds. The heart
 *       cannot leave and regain its level that fast; a strap losing contact or an optical sensor
 *       briefly locking onto the cadence can.</li>
 * </ul>
 * When nothing valid is left, the channel is removed (the activity has no heart rate).
 */
public final class HeartRateArtifacts implements CleaningRule {

    /**
     * [heuristic] Lowest heart rate taken as real, bpm. The lowest resting rates reported in
     * endurance athletes are near 30 bpm [recalled]; during an activity nothing below it is
     * plausible, and ../shared/SCIENCE.md section 0 drops everything below 40 bpm at the metric stage.
     */
    static final double MIN_BPM = 30;

    /**
     * [heuristic] Highest heart rate taken as real, bpm. Measured maxima in adults rarely exceed
     * 220 bpm [recalled]; 240 leaves room for young athletes and is still well below what a
     * disturbed sensor writes (values up to 254, the largest valid FIT heart-rate byte).
     */
    static final double MAX_BPM = 240;

    /**
     * [heuristic] Distance from the local median that makes a sample a spike candidate, bpm. Even at
     * the start of a sprint the heart rate rises by a few bpm per second, and a median over
     * {@link #HALF_WINDOW_S} either side follows any steady rise or fall, so a real change never
     * stands this far off it.
     */
    static final double SPIKE_BPM = 25;

    /** [heuristic] Half-width of the window whose median is the local level, seconds. */
    static final double HALF_WINDOW_S = 10;

    /** [heuristic] Fewest neighbours in the window for the local median to be trusted. */
    static final int MIN_NEIGHBOURS = 4;

    /** [heuristic] Longest a spike lasts, seconds, from its first to its last sample. */
    static final double MAX_SPIKE_S = 5;

    /**
     * [heuristic] Greatest time between a spike and the valid sample on either side of it, seconds.
     * A spike is only recognised where the heart rate is seen both before and after it; at the start
     * and end of a recording, and next to a gap, a jump may be real (a rested heart after a pause).
     */
    static final double MAX_NEIGHBOUR_GAP_S = 10;

    @Override
    public String id() {
        return "heart_rate_artifacts";
    }

    @Override
    public Activity apply(Activity activity, List<String> warnings) {
        Streams s = activity.streams();
        double[] hr = s.get(Channel.HEART_RATE_BPM);
        if (hr == null) {
            return activity;
        }
        double[] t = s.time();
        double[] out = hr.clone();
        int zeros = 0;
        int low = 0;
        int high = 0;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == 0) {
                zeros++;
            } else if (out[i] < MIN_BPM) {
                low++;
            } else if (out[i] > MAX_BPM) {
                high++;
            } else {
                continue;
            }
            out[i] = Double.NaN;
        }
        boolean[] spike = spikes(t, out);
        int spikeSamples = 0;
        int spikeRuns = 0;
        for (int i = 0; i < out.length; i++) {
            if (spike[i]) {
                out[i] = Double.NaN;
                spikeSamples++;
                if (i == 0 || !spike[i - 1]) {
                    spikeRuns++;
                }
            }
        }
        if (zeros + low + high + spikeSamples == 0) {
            return activity;
        }
        boolean anyLeft = false;
        for (double v : out) {
            anyLeft |= !Double.isNaN(v);
        }
        warnings.add(message(zeros, low, high, spikeRuns, spikeSamples, anyLeft));
        return activity.withStreams(s.with(Channel.HEART_RATE_BPM, anyLeft ? out : null));
    }

    /** Marks the samples of spikes: short excursions away from the local median and back. */
    private static boolean[] spikes(double[] t, double[] hr) {
        int n = hr.length;
        boolean[] far = new boolean[n];
        double[] window = new double[n];
        // Indexes of the valid samples in [lo, hi) whose values can still be the window's least
        // (most): increasing (decreasing) values; the front is the least (most). Each index goes in
        // and out once, so finding the window's extremes costs nothing per sample.
        int[] least = new int[n];
        int[] most = new int[n];
        int leastFront = 0;
        int leastBack = 0;
        int mostFront = 0;
        int mostBack = 0;
        int valid = 0;
        int lo = 0;
        int hi = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(hr[i])) {
                continue;
            }
            while (lo < n && t[lo] < t[i] - HALF_WINDOW_S) {
                if (!Double.isNaN(hr[lo])) {
                    valid--;
                }
                lo++;
            }
            while (hi < n && t[hi] <= t[i] + HALF_WINDOW_S) {
                double v = hr[hi];
                if (!Double.isNaN(v)) {
                    valid++;
                    while (leastBack > leastFront && hr[least[leastBack - 1]] >= v) {
                        leastBack--;
                    }
                    least[leastBack++] = hi;
                    while (mostBack > mostFront && hr[most[mostBack - 1]] <= v) {
                        mostBack--;
                    }
                    most[mostBack++] = hi;
                }
                hi++;
            }
            while (leastFront < leastBack && least[leastFront] < lo) {
                leastFront++;
            }
            while (mostFront < mostBack && most[mostFront] < lo) {
                mostFront++;
            }
            boolean inside = lo <= i && i < hi;
            int count = valid - (inside ? 1 : 0);
            if (count < MIN_NEIGHBOURS) {
                continue;
            }
            // The median of the neighbours lies between their least and most value, and hr[i] - m
            // (rounded) falls as m rises: when both ends are within SPIKE_BPM, so is the median,
            // and it need not be found (by sorting): the usual case, and the same answer. The
            // window's extremes here may include hr[i] itself, which changes neither test.
            double low = leastFront < leastBack ? hr[least[leastFront]] : Double.POSITIVE_INFINITY;
            double high = mostFront < mostBack ? hr[most[mostFront]] : Double.NEGATIVE_INFINITY;
            if (hr[i] - low <= SPIKE_BPM && hr[i] - high >= -SPIKE_BPM) {
                continue;
            }
            int k = 0;
            for (int j = lo; j < hi; j++) {
                if (j != i && !Double.isNaN(hr[j])) {
                    window[k++] = hr[j];
                }
            }
            far[i] = Math.abs(hr[i] - Median.ofFirst(window, k)) > SPIKE_BPM;
        }
        boolean[] spike = new boolean[n];
        int i = 0;
        while (i < n) {
            if (!far[i]) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            int j = i + 1;
            // The run goes on through further far samples and through missing ones.
            while (j < n && (far[j] || Double.isNaN(hr[j]))) {
                if (far[j]) {
                    last = j;
                }
                j++;
            }
            int before = previousValid(hr, first);
            int after = nextValid(hr, last);
            boolean shortEnough = t[last] - t[first] <= MAX_SPIKE_S;
            boolean seenBothSides = before >= 0 && after >= 0
                    && t[first] - t[before] <= MAX_NEIGHBOUR_GAP_S && t[after] - t[last] <= MAX_NEIGHBOUR_GAP_S;
            boolean cameBack = seenBothSides && Math.abs(hr[after] - hr[before]) <= SPIKE_BPM;
            if (shortEnough && cameBack) {
                for (int k = first; k <= last; k++) {
                    spike[k] = far[k];
                }
            }
            i = last + 1;
        }
        return spike;
    }

    private static int previousValid(double[] hr, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!Double.isNaN(hr[j])) {
                return j;
            }
        }
        return -1;
    }

    private static int nextValid(double[] hr, int i) {
        for (int j = i + 1; j < hr.length; j++) {
            if (!Double.isNaN(hr[j])) {
                return j;
            }
        }
        return -1;
    }

    private String message(int zeros, int low, int high, int spikeRuns, int spikeSamples, boolean anyLeft) {
        int total = zeros + low + high + spikeSamples;
        StringBuilder m = new StringBuilder(String.format(Locale.ROOT, "%s: %d %s set missing (", id(), total,
                total == 1 ? "sample" : "samples"));
        String sep = "";
        if (zeros > 0) {
            m.append(zeros).append(" at 0 bpm");
            sep = ", ";
        }
        if (low > 0) {
            m.append(sep).append(String.format(Locale.ROOT, "%d below %.0f bpm", low, MIN_BPM));
            sep = ", ";
        }
        if (high > 0) {
            m.append(sep).append(String.format(Locale.ROOT, "%d above %.0f bpm", high, MAX_BPM));
            sep = ", ";
        }
        if (spikeRuns > 0) {
            m.append(sep).append(String.format(Locale.ROOT,
                    "%d in %d %s of up to %.0f s more than %.0f bpm off the local median",
                    spikeSamples, spikeRuns, spikeRuns == 1 ? "spike" : "spikes", MAX_SPIKE_S, SPIKE_BPM));
        }
        m.append(')');
        if (!anyLeft) {
            m.append("; no valid heart rate left, channel removed");
        }
        return m.toString();
    }
}
