package org.heavylegs.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The faster median (selection instead of a full sort) and the faster spike search (the window's
 * extremes kept as it slides, the median only found when they are far from the sample) give
 * exactly what the plain algorithms give: here against those plain algorithms, written out, on
 * seeded random heart-rate series full of spikes, gaps and uneven time steps.
 */
class FastCleaningEquivalenceTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void medianIsTheSortedMedian(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int round = 0; round < 300; round++) {
            int n = 1 + r.nextInt(400);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = switch (r.nextInt(5)) {
                    case 0 -> r.nextInt(5);                  // many ties
                    case 1 -> r.nextBoolean() ? 0.0 : -0.0;  // signed zeros
                    case 2 -> -r.nextDouble() * 100;
                    default -> 150 + r.nextGaussian() * 20;
                };
            }
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            int mid = n / 2;
            double expected = n % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
            double actual = Median.ofFirst(v.clone(), n);
            assertThat(Double.doubleToRawLongBits(actual)).as("n %d", n).isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void spikesAreThePlainAlgorithmsSpikes(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 600 + r.nextInt(2000);
        double[] t = new double[n];
        double[] hr = new double[n];
        double now = 0;
        double level = 120;
        for (int i = 0; i < n; i++) {
            now += r.nextInt(10) == 0 ? 1 + r.nextInt(15) : r.nextInt(20) == 0 ? 0 : 1; // pauses, repeats
            t[i] = now;
            level = Math.max(60, Math.min(200, level + r.nextGaussian() * 2));
            double v = level + r.nextGaussian();
            int kind = r.nextInt(40);
            if (kind == 0) {
                v = Double.NaN;                                   // dropouts
            } else if (kind == 1) {
                // spikes of every size, inside the absolute bounds (those are another check)
                v = Math.max(HeartRateArtifacts.MIN_BPM + 1, Math.min(HeartRateArtifacts.MAX_BPM - 1,
                        level + (r.nextBoolean() ? 1 : -1) * (20 + r.nextInt(60))));
            } else if (kind == 2) {
                v = Math.rint(v);
            }
            hr[i] = v;
        }
        for (int i = 0; i < n; i++) {
            if (r.nextInt(200) == 0) {
                for (int k = i; k < Math.min(n, i + r.nextInt(30)); k++) {
                    hr[k] = Double.NaN;                           // longer gaps
                }
            }
        }
        double[][] c = new double[Channel.values().length][];
        c[Channel.HEART_RATE_BPM.ordinal()] = hr.clone();
        Activity a = SyntheticRuns.activity("running", Streams.of(t, c), List.of(), List.of());
        double[] out = new HeartRateArtifacts().apply(a, new ArrayList<>()).streams().get(Channel.HEART_RATE_BPM);
        boolean[] expected = plainSpikes(t, hr);
        int spikes = 0;
        for (int i = 0; i < n; i++) {
            boolean removed = !Double.isNaN(hr[i]) && (out == null || Double.isNaN(out[i]));
            assertThat(removed).as("sample %d", i).isEqualTo(expected[i]);
            spikes += expected[i] ? 1 : 0;
        }
        assertThat(spikes).as("the series must have spikes to compare").isPositive();
    }

    /** HeartRateArtifacts' spike search as first written: every window copied and sorted. */
    private static boolean[] plainSpikes(double[] t, double[] hr) {
        int n = hr.length;
        boolean[] far = new boolean[n];
        double[] window = new double[n];
        int lo = 0;
        int hi = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(hr[i])) {
                continue;
            }
            while (lo < n && t[lo] < t[i] - HeartRateArtifacts.HALF_WINDOW_S) {
                lo++;
            }
            while (hi < n && t[hi] <= t[i] + HeartRateArtifacts.HALF_WINDOW_S) {
                hi++;
            }
            int count = 0;
            for (int j = lo; j < hi; j++) {
                if (j != i && !Double.isNaN(hr[j])) {
                    window[count++] = hr[j];
                }
            }
            double median = Double.NaN;
            if (count > 0) {
                Arrays.sort(window, 0, count);
                int mid = count / 2;
                median = count % 2 == 1 ? window[mid] : (window[mid - 1] + window[mid]) / 2;
            }
            far[i] = count >= HeartRateArtifacts.MIN_NEIGHBOURS && Math.abs(hr[i] - median) > HeartRateArtifacts.SPIKE_BPM;
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
            while (j < n && (far[j] || Double.isNaN(hr[j]))) {
                if (far[j]) {
                    last = j;
                }
                j++;
            }
            int before = first - 1;
            while (before >= 0 && Double.isNaN(hr[before])) {
                before--;
            }
            int after = last + 1;
            while (after < n && Double.isNaN(hr[after])) {
                after++;
            }
            after = after < n ? after : -1;
            boolean shortEnough = t[last] - t[first] <= HeartRateArtifacts.MAX_SPIKE_S;
            boolean seenBothSides = before >= 0 && after >= 0
                    && t[first] - t[before] <= HeartRateArtifacts.MAX_NEIGHBOUR_GAP_S
                    && t[after] - t[last] <= HeartRateArtifacts.MAX_NEIGHBOUR_GAP_S;
            boolean cameBack = seenBothSides && Math.abs(hr[after] - hr[before]) <= HeartRateArtifacts.SPIKE_BPM;
            if (shortEnough && cameBack) {
                for (int k = first; k <= last; k++) {
                    spike[k] = far[k];
                }
            }
            i = last + 1;
        }
        return spike;
    }
}
