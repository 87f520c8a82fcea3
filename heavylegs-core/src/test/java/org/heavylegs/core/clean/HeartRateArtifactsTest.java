package org.heavylegs.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeartRateArtifactsTest {
    private final HeartRateArtifacts rule = new HeartRateArtifacts();

    private static Activity withHr(Activity a, double[] hr) {
        return a.withStreams(a.streams().with(Channel.HEART_RATE_BPM, hr));
    }

    private static Activity withHr(double[] t, double[] hr) {
        double[][] c = new double[Channel.values().length][];
        c[Channel.HEART_RATE_BPM.ordinal()] = hr;
        return SyntheticRuns.activity("running", Streams.of(t, c), List.of(), List.of());
    }

    private static double[] seconds(int n) {
        double[] t = new double[n];
        Arrays.setAll(t, i -> i);
        return t;
    }

    private static double[] flat(int n, double bpm) {
        double[] hr = new double[n];
        Arrays.fill(hr, bpm);
        return hr;
    }

    /** Indices where out is missing but the input was not. */
    private static List<Integer> removed(double[] in, double[] out) {
        List<Integer> r = new ArrayList<>();
        for (int i = 0; i < in.length; i++) {
            if (!Double.isNaN(in[i]) && Double.isNaN(out[i])) {
                r.add(i);
            } else {
                assertThat(out[i]).as("sample %d", i).isEqualTo(in[i]);
            }
        }
        return r;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void cleanRunsAreReturnedAsTheyAre(long seed) {
        Activity clean = SyntheticRuns.run(seed, 3600);
        List<String> warnings = new ArrayList<>();
        assertThat(rule.apply(clean, warnings)).isSameAs(clean);
        assertThat(warnings).isEmpty();
    }

    @Test
    void impossibleValuesAreSetMissing() {
        double[] hr = flat(60, 140);
        hr[10] = 0;
        hr[11] = 0;
        hr[20] = 24; // as in downhill.fit records 180-182
        hr[30] = 250;
        List<String> warnings = new ArrayList<>();
        Activity out = rule.apply(withHr(seconds(60), hr), warnings);
        assertThat(removed(hr, out.streams().get(Channel.HEART_RATE_BPM))).containsExactly(10, 11, 20, 30);
        assertThat(warnings).containsExactly(
                "heart_rate_artifacts: 4 samples set missing (2 at 0 bpm, 1 below 30 bpm, 1 above 240 bpm)");
    }

    @Test
    void boundsThemselvesAreKept() {
        double[] hr = new double[60];
        Arrays.fill(hr, 0, 30, HeartRateArtifacts.MIN_BPM);
        Arrays.fill(hr, 30, 60, HeartRateArtifacts.MAX_BPM);
        Activity in = withHr(seconds(60), hr);
        assertThat(rule.apply(in, new ArrayList<>())).isSameAs(in);
    }

    @Test
    void singleSampleSpikeIsSetMissing() {
        Activity clean = SyntheticRuns.run(11, 600);
        double[] hr = SyntheticRuns.copy(clean.streams(), Channel.HEART_RATE_BPM);
        hr[300] += 60;
        List<String> warnings = new ArrayList<>();
        Activity out = rule.apply(withHr(clean, hr), warnings);
        assertThat(removed(hr, out.streams().get(Channel.HEART_RATE_BPM))).containsExactly(300);
        assertThat(warnings).containsExactly("heart_rate_artifacts: 1 sample set missing "
                + "(1 in 1 spike of up to 5 s more than 25 bpm off the local median)");
    }

    @Test
    void shortDropoutIsSetMissing() {
        double[] hr = flat(120, 165);
        hr[60] = 121;
        hr[61] = 118;
        hr[62] = 125;
        Activity out = rule.apply(withHr(seconds(120), hr), new ArrayList<>());
        assertThat(removed(hr, out.streams().get(Channel.HEART_RATE_BPM))).containsExactly(60, 61, 62);
    }

    @Test
    void spikeInSparseSamplesIsFoundByTime() {
        // Smart recording: a sample every 2 s.
        double[] t = new double[60];
        Arrays.setAll(t, i -> 2.0 * i);
        double[] hr = flat(60, 150);
        hr[30] = 205;
        Activity out = rule.apply(withHr(t, hr), new ArrayList<>());
        assertThat(removed(hr, out.streams().get(Channel.HEART_RATE_BPM))).containsExactly(30);
    }

    @Test
    void lastingStepIsKept() {
        double[] hr = flat(120, 120);
        Arrays.fill(hr, 60, 120, 150);
        Activity in = withHr(seconds(120), hr);
        assertThat(rule.apply(in, new ArrayList<>())).isSameAs(in);
    }

    @Test
    void fastRiseAndFallAreKept() {
        // A sprint: up 40 bpm in 20 s, held, down again over 30 s.
        double[] hr = new double[180];
        for (int i = 0; i < hr.length; i++) {
            hr[i] = i < 60 ? 130 : i < 80 ? 130 + 2 * (i - 60) : i < 100 ? 170 : i < 130 ? 170 - 40 * (i - 100) / 30.0 : 130;
        }
        Activity in = withHr(seconds(180), hr);
        assertThat(rule.apply(in, new ArrayList<>())).isSameAs(in);
    }

    @Test
    void excursionLongerThanASpikeIsKept() {
        double[] hr = flat(120, 150);
        Arrays.fill(hr, 50, 57, 185); // 7 s
        Activity in = withHr(seconds(120), hr);
        assertThat(rule.apply(in, new ArrayList<>())).isSameAs(in);
    }

    @Test
    void jumpNextToAGapIsKept() {
        // A rested heart after a pause: the recording resumes 60 bpm lower and climbs back.
        double[] t = new double[100];
        double[] hr = new double[100];
        for (int i = 0; i < 100; i++) {
            t[i] = i < 50 ? i : i + 120;
            hr[i] = i < 50 ? 160 : i < 53 ? 100 : 160;
        }
        Activity in = withHr(t, hr);
        assertThat(rule.apply(in, new ArrayList<>())).isSameAs(in);
    }

    @Test
    void excursionAtTheEndIsKept() {
        double[] hr = flat(60, 150);
        hr[58] = 110;
        hr[59] = 105;
        Activity in = withHr(seconds(60), hr);
        assertThat(rule.apply(in, new ArrayList<>())).isSameAs(in);
    }

    @Test
    void excursionThatDoesNotComeBackIsKept() {
        // Left at 150, back at 185: a level change with a transient, not a spike.
        double[] hr = flat(120, 150);
        hr[60] = 100;
        Arrays.fill(hr, 61, 120, 185);
        Activity in = withHr(seconds(120), hr);
        assertThat(rule.apply(in, new ArrayList<>())).isSameAs(in);
    }

    @Test
    void channelWithNothingValidIsRemoved() {
        // As in null_compressed_speed_dist.fit (a virtual ride without a sensor): every sample 0.
        Activity in = withHr(seconds(30), flat(30, 0));
        List<String> warnings = new ArrayList<>();
        Activity out = rule.apply(in, warnings);
        assertThat(out.streams().has(Channel.HEART_RATE_BPM)).isFalse();
        assertThat(warnings).containsExactly(
                "heart_rate_artifacts: 30 samples set missing (30 at 0 bpm); no valid heart rate left, channel removed");
    }

    @Test
    void activityWithoutHeartRateIsReturnedAsItIs() {
        Activity clean = SyntheticRuns.run(12, 60);
        Activity noHr = clean.withStreams(clean.streams().with(Channel.HEART_RATE_BPM, null));
        assertThat(rule.apply(noHr, new ArrayList<>())).isSameAs(noHr);
    }

    /** Seeded property: spikes injected into clean runs are exactly what gets removed. */
    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28})
    void injectedSpikesAreExactlyWhatIsRemoved(long seed) {
        Random random = new Random(seed);
        Activity clean = SyntheticRuns.run(seed, 3600);
        double[] hr = SyntheticRuns.copy(clean.streams(), Channel.HEART_RATE_BPM);
        List<Integer> injected = new ArrayList<>();
        int runs = 0;
        for (int start = 30 + random.nextInt(60); start < 3500; start += 40 + random.nextInt(200)) {
            int length = 1 + random.nextInt(3);
            double offset = (random.nextBoolean() ? 1 : -1) * (35 + random.nextInt(25));
            for (int i = start; i < start + length; i++) {
                hr[i] += offset;
                injected.add(i);
            }
            runs++;
        }
        List<String> warnings = new ArrayList<>();
        Activity out = rule.apply(withHr(clean, hr), warnings);
        assertThat(removed(hr, out.streams().get(Channel.HEART_RATE_BPM))).containsExactlyElementsOf(injected);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains(injected.size() + " in " + runs + " spikes");
    }
}
