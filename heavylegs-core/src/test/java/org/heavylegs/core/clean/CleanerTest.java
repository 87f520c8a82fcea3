package org.heavylegs.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Lap;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.Streams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CleanerTest {

    @Test
    void rulesRunClockFirst() {
        assertThat(Cleaner.rules()).extracting(CleaningRule::id).containsExactly(
                "time_jumps", "negative_time_steps", "gps_jumps", "heart_rate_artifacts", "doubled_cadence");
    }

    static Stream<Arguments> cleanActivities() {
        Random random = new Random(20240504);
        return IntStream.range(0, 24).mapToObj(k -> {
            long seed = random.nextLong();
            int n = 600 + random.nextInt(7200);
            String sport = k % 3 == 2 ? "cycling" : "running";
            double speed = sport.equals("cycling") ? 5 + 7 * random.nextDouble() : 2 + 3.5 * random.nextDouble();
            double cadence = sport.equals("cycling") ? 70 + 30 * random.nextDouble() : 150 + 40 * random.nextDouble();
            Streams s = SyntheticRuns.streams(new Random(seed), n, speed, cadence);
            List<Pause> pauses = k % 4 == 0 ? List.of(new Pause(n / 3.0, n / 3.0 + 30)) : List.of();
            List<Lap> laps = List.of(new Lap(0, n / 2.0, n / 2.0, Double.NaN, Double.NaN),
                    new Lap(n / 2.0, n / 2.0, n / 2.0, Double.NaN, Double.NaN));
            return Arguments.of(k, SyntheticRuns.activity(sport, s, laps, pauses));
        });
    }

    /** Seeded property: random clean runs and rides come out of the cleaner exactly as they went in. */
    @ParameterizedTest(name = "clean activity {0}")
    @MethodSource("cleanActivities")
    void cleanActivitiesAreUnchanged(int k, Activity clean) {
        Activity out = Cleaner.clean(clean);
        assertThat(SyntheticRuns.sameStreams(out.streams(), clean.streams())).isTrue();
        assertThat(out.start()).isEqualTo(clean.start());
        assertThat(out.laps()).isEqualTo(clean.laps());
        assertThat(out.pauses()).isEqualTo(clean.pauses());
        assertThat(out.warnings()).isEmpty();
    }

    @Test
    void readerWarningsAreKeptAndRuleWarningsFollowThem() {
        Activity clean = SyntheticRuns.run(3, 1200);
        double[] hr = SyntheticRuns.copy(clean.streams(), Channel.HEART_RATE_BPM);
        hr[100] = 0;
        Activity in = clean.withStreams(clean.streams().with(Channel.HEART_RATE_BPM, hr))
                .withWarnings(List.of("reader: 2 unknown messages skipped"));
        assertThat(Cleaner.clean(in).warnings()).containsExactly("reader: 2 unknown messages skipped",
                "heart_rate_artifacts: 1 sample set missing (1 at 0 bpm)");
    }

    @Test
    void everyDefectAtOnceIsRepairedAndTheRestKept() {
        int n = 3600;
        Activity clean = SyntheticRuns.run(4, n);
        Streams s = clean.streams();
        double[] lat = SyntheticRuns.copy(s, Channel.LATITUDE_DEG);
        lat[500] += 500 / 111_195.0;
        double[] hr = SyntheticRuns.copy(s, Channel.HEART_RATE_BPM);
        hr[800] += 70;
        hr[900] = 0;
        double[] cad = SyntheticRuns.copy(s, Channel.CADENCE_SPM);
        for (int i = 0; i < n; i++) {
            cad[i] *= 2;
        }
        s = s.with(Channel.LATITUDE_DEG, lat).with(Channel.HEART_RATE_BPM, hr).with(Channel.CADENCE_SPM, cad);
        // A duplicated record at 1500 and the clock jumping 4 hours ahead at 2400.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
            if (i == 1500) {
                order.add(i);
            }
        }
        s = SyntheticRuns.rows(s, order.stream().mapToInt(Integer::intValue).toArray());
        double[] t = s.time().clone();
        for (int k = 2401; k < t.length; k++) {
            t[k] += 4 * 3600;
        }
        Activity defective = clean.withStreams(s.withTime(t));

        Activity out = Cleaner.clean(defective);

        Streams o = out.streams();
        assertThat(o.size()).isEqualTo(n);
        assertThat(o.time()).containsExactly(clean.streams().time());
        assertThat(o.get(Channel.CADENCE_SPM)).containsExactly(clean.streams().get(Channel.CADENCE_SPM));
        assertThat(o.get(Channel.LATITUDE_DEG)[500]).isNaN();
        assertThat(o.get(Channel.HEART_RATE_BPM)[800]).isNaN();
        assertThat(o.get(Channel.HEART_RATE_BPM)[900]).isNaN();
        assertThat(o.get(Channel.DISTANCE_M)).containsExactly(clean.streams().get(Channel.DISTANCE_M));
        assertThat(out.pauses()).containsExactly(new Pause(2399, 2400));
        assertThat(out.warnings()).extracting(w -> w.substring(0, w.indexOf(':'))).containsExactly(
                "time_jumps", "negative_time_steps", "gps_jumps", "heart_rate_artifacts", "doubled_cadence");
        long changedHr = IntStream.range(0, n)
                .filter(i -> Double.compare(o.get(Channel.HEART_RATE_BPM)[i], clean.streams().get(Channel.HEART_RATE_BPM)[i]) != 0)
                .count();
        assertThat(changedHr).isEqualTo(2);
    }

    @Test
    void emptyAndSingleSampleActivitiesPassThrough() {
        Activity empty = SyntheticRuns.activity("running", Streams.empty(), List.of(), List.of());
        assertThat(Cleaner.clean(empty).warnings()).isEmpty();
        Activity one = SyntheticRuns.run(5, 1);
        assertThat(SyntheticRuns.sameStreams(Cleaner.clean(one).streams(), one.streams())).isTrue();
    }
}
