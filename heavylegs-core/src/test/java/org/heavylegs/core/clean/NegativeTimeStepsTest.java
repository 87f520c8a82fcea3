package org.heavylegs.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NegativeTimeStepsTest {
    private final NegativeTimeSteps rule = new NegativeTimeSteps();

    private static Activity run(double[] t, double[] distance, double[] hr) {
        double[][] c = new double[Channel.values().length][];
        c[Channel.DISTANCE_M.ordinal()] = distance;
        c[Channel.HEART_RATE_BPM.ordinal()] = hr;
        return SyntheticRuns.activity("running", Streams.of(t, c), List.of(), List.of());
    }

    @Test
    void cleanRunIsReturnedAsItIsWithoutWarning() {
        Activity clean = SyntheticRuns.run(1, 600);
        List<String> warnings = new ArrayList<>();
        assertThat(rule.apply(clean, warnings)).isSameAs(clean);
        assertThat(warnings).isEmpty();
    }

    @Test
    void sampleWithTheSameTimeIsMergedTakingOnlyTheChannelsTheFirstLacks() {
        // Like Suunto and Strava files: position and the other channels as two records of one second.
        double[] t = {0, 1, 2, 2, 3};
        double[] d = {0, 3, 6, Double.NaN, 9};
        double[] hr = {100, 101, Double.NaN, 102, 103};
        List<String> warnings = new ArrayList<>();
        Streams out = rule.apply(run(t, d, hr), warnings).streams();
        assertThat(out.time()).containsExactly(0, 1, 2, 3);
        assertThat(out.get(Channel.DISTANCE_M)).containsExactly(0, 3, 6, 9);
        assertThat(out.get(Channel.HEART_RATE_BPM)).containsExactly(100, 101, 102, 103);
        assertThat(warnings).containsExactly("negative_time_steps: 1 sample with the time of the previous one merged into it");
    }

    @Test
    void conflictingDuplicateKeepsTheFirstValue() {
        double[] t = {0, 1, 1, 2};
        double[] d = {0, 3, 4, 6};
        double[] hr = {100, 110, 150, 111};
        Streams out = rule.apply(run(t, d, hr), new ArrayList<>()).streams();
        assertThat(out.get(Channel.HEART_RATE_BPM)).containsExactly(100, 110, 111);
        assertThat(out.get(Channel.DISTANCE_M)).containsExactly(0, 3, 6);
    }

    @Test
    void sampleOneSecondBackWithDistanceGoingOnIsDropped() {
        // As in activity-large-fenxi2-multisport.fit record 12680: 702, 704, 703, 707 with distance rising.
        double[] t = {700, 702, 704, 703, 707};
        double[] d = {557.76, 558.21, 559.49, 559.50, 561.15};
        double[] hr = {166, 166, 166, 166, 166};
        List<String> warnings = new ArrayList<>();
        Streams out = rule.apply(run(t, d, hr), warnings).streams();
        assertThat(out.time()).containsExactly(700, 702, 704, 707);
        assertThat(out.get(Channel.DISTANCE_M)).containsExactly(557.76, 558.21, 559.49, 561.15);
        assertThat(warnings).containsExactly("negative_time_steps: 1 sample going back in time dropped (largest step back 1 s)");
    }

    @Test
    void twoNeighboursInReverseOrderAreSwapped() {
        double[] t = {0, 1, 3, 2, 4};
        double[] d = {0, 3, 9, 6, 12};
        double[] hr = {100, 101, 103, 102, 104};
        List<String> warnings = new ArrayList<>();
        Streams out = rule.apply(run(t, d, hr), warnings).streams();
        assertThat(out.time()).containsExactly(0, 1, 2, 3, 4);
        assertThat(out.get(Channel.DISTANCE_M)).containsExactly(0, 3, 6, 9, 12);
        assertThat(out.get(Channel.HEART_RATE_BPM)).containsExactly(100, 101, 102, 103, 104);
        assertThat(warnings).containsExactly("negative_time_steps: 1 pair of samples in reverse order swapped");
    }

    @Test
    void replayedRecordsAreDroppedUntilTimeMovesOn() {
        int n = 120;
        Activity clean = SyntheticRuns.run(4, n);
        // Samples 90..99 written a second time after sample 99.
        int[] order = IntStream.concat(IntStream.concat(IntStream.range(0, 100), IntStream.range(90, 100)),
                IntStream.range(100, n)).toArray();
        Activity replayed = clean.withStreams(SyntheticRuns.rows(clean.streams(), order));
        List<String> warnings = new ArrayList<>();
        Activity out = rule.apply(replayed, warnings);
        assertThat(SyntheticRuns.sameStreams(out.streams(), clean.streams())).isTrue();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("9 samples going back in time dropped").contains("1 sample with the time");
    }

    @Test
    void sampleWithoutTimeIsDropped() {
        double[] t = {0, 1, Double.NaN, 3};
        double[] d = {0, 3, 5, 9};
        double[] hr = {100, 101, 102, 103};
        List<String> warnings = new ArrayList<>();
        Streams out = rule.apply(run(t, d, hr), warnings).streams();
        assertThat(out.time()).containsExactly(0, 1, 3);
        assertThat(warnings).containsExactly("negative_time_steps: 1 sample without a time dropped");
    }

    @Test
    void samplesAreKeptWhenNoneHasATime() {
        // As in python-fitparse/DeveloperData.fit, whose three records carry no timestamp.
        double[] t = {Double.NaN, Double.NaN, Double.NaN};
        Activity in = run(t, new double[] {0, 1, 2}, new double[] {90, 91, 92});
        List<String> warnings = new ArrayList<>();
        assertThat(rule.apply(in, warnings)).isSameAs(in);
        assertThat(warnings).containsExactly("negative_time_steps: no sample has a time; 3 samples kept in file order");
    }

    /** Seeded property: copies of samples and swapped neighbours injected into a clean run are undone exactly. */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void injectedDuplicatesAndSwapsAreUndone(long seed) {
        Random random = new Random(seed);
        int n = 900 + random.nextInt(900);
        Activity clean = SyntheticRuns.run(seed, n);
        List<Integer> order = new ArrayList<>();
        int duplicates = 0;
        int swaps = 0;
        for (int i = 0; i < n; i++) {
            int roll = random.nextInt(40);
            if (roll == 0 && i + 1 < n) {
                order.add(i + 1);
                order.add(i);
                i++;
                swaps++;
            } else {
                order.add(i);
                if (roll == 1) {
                    order.add(i);
                    duplicates++;
                }
            }
        }
        Activity defective = clean.withStreams(SyntheticRuns.rows(clean.streams(), order.stream().mapToInt(Integer::intValue).toArray()));
        List<String> warnings = new ArrayList<>();
        Activity out = rule.apply(defective, warnings);
        assertThat(SyntheticRuns.sameStreams(out.streams(), clean.streams())).isTrue();
        assertThat(warnings).hasSize(1);
        if (duplicates > 0) {
            assertThat(warnings.get(0)).contains(duplicates + (duplicates == 1 ? " sample" : " samples") + " with the time");
        }
        if (swaps > 0) {
            assertThat(warnings.get(0)).contains(swaps + (swaps == 1 ? " pair" : " pairs"));
        }
        assertThat(warnings.get(0)).doesNotContain("dropped");
    }
}
