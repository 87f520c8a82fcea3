package org.heavylegs.core.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.Streams;
import org.heavylegs.core.activity.StreamsBuilder;
import org.junit.jupiter.api.Test;

/** The one-second moving-time grid: pauses, gaps, implausible values, derived speed (SCIENCE.md 0). */
class RunSeriesTest {

    @Test
    void timerPausesAreLeftOut() {
        Activity a = SyntheticRun.of(1000).constant(Channel.SPEED_M_S, 3).pause(200, 500).build();
        RunSeries s = RunSeries.of(a, 190);
        assertThat(s.size()).isEqualTo(700);
        assertThat(s.elapsed()).doesNotContain(250.0, 499.0).contains(199.0, 500.0);
    }

    @Test
    void heartRateOutsidePlausibleRangeIsIgnored() {
        Activity a = SyntheticRun.of(100).with(Channel.HEART_RATE_BPM, t -> t == 10 ? 30 : t == 20 ? 199 : 150).build();
        RunSeries s = RunSeries.of(a, 190);
        // Single bad samples are bridged by their neighbours (1 s gaps); the bad values never appear.
        assertThat(s.hr()).containsOnly(150.0);
        RunSeries lenient = RunSeries.of(a, 195);
        assertThat(lenient.hr()[20]).isEqualTo(199.0);
    }

    @Test
    void heartRateGapsLongerThanFiveSecondsAreNotBridged() {
        Activity a = SyntheticRun.of(100).with(Channel.HEART_RATE_BPM, t -> t > 40 && t < 47 ? Double.NaN : 150).build();
        RunSeries s = RunSeries.of(a, 190);
        assertThat(s.maxGapS()).isEqualTo(RunSeries.MAX_GAP_S);
        assertThat(s.hr()[43]).isNaN();
        Activity shortGap = SyntheticRun.of(100).with(Channel.HEART_RATE_BPM, t -> t > 40 && t < 45 ? Double.NaN : 150).build();
        assertThat(RunSeries.of(shortGap, 190).hr()[43]).isEqualTo(150.0);
    }

    @Test
    void sparseRecordingsBridgeTwiceTheirSampleInterval() {
        Activity a = SyntheticRun.of(700).step(7).with(Channel.HEART_RATE_BPM, t -> 100 + t / 70).build();
        RunSeries s = RunSeries.of(a, 190);
        assertThat(s.maxGapS()).isEqualTo(14.0);
        assertThat(RunSeries.countValid(s.hr())).isEqualTo(s.size());
        assertThat(s.hr()[10]).isCloseTo(100 + 10 / 70.0, within(1e-9));
    }

    @Test
    void longUnrecordedStretchesCountAsPauses() {
        Activity a = SyntheticRun.of(1000).with(Channel.HEART_RATE_BPM, t -> 150).build();
        // Drop every sample between 300 and 600 s: a GPX-style gap without a pause record.
        Streams full = a.streams();
        boolean[] keep = new boolean[full.size()];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = full.time()[i] <= 300 || full.time()[i] >= 600;
        }
        RunSeries s = RunSeries.of(a.withStreams(full.filter(keep)), 190);
        assertThat(s.size()).isEqualTo(700);
    }

    @Test
    void speedFromDistanceWhenThereIsNoSpeedChannel() {
        StreamsBuilder b = new StreamsBuilder();
        for (int t = 0; t <= 600; t++) {
            b.newSample(t).set(Channel.DISTANCE_M, 3.0 * t);
        }
        RunSeries s = RunSeries.of(activity(b.build()), 190);
        assertThat(s.speed()[300]).isCloseTo(3.0, within(1e-9));
        assertThat(s.totalDistanceM()).isCloseTo(1800, within(1e-9));
    }

    @Test
    void speedFromPositionsWhenThereIsNeitherSpeedNorDistance() {
        StreamsBuilder b = new StreamsBuilder();
        double metresPerDegree = Math.PI / 180 * 6_371_008.8;
        for (int t = 0; t <= 600; t++) {
            b.newSample(t).set(Channel.LATITUDE_DEG, 3.0 * t / metresPerDegree).set(Channel.LONGITUDE_DEG, 0);
        }
        RunSeries s = RunSeries.of(activity(b.build()), 190);
        assertThat(s.speed()[300]).isCloseTo(3.0, within(1e-6));
        assertThat(s.totalDistanceM()).isCloseTo(1800, within(1e-3));
    }

    @Test
    void glitchSpeedsAreIgnoredForRunning() {
        Activity a = SyntheticRun.of(100).with(Channel.SPEED_M_S, t -> t == 50 ? 30 : 3).build();
        assertThat(RunSeries.of(a, 190).speed()).containsOnly(3.0);
    }

    @Test
    void samplesGoingBackInTimeAreSkipped() {
        StreamsBuilder b = new StreamsBuilder();
        double[] times = {0, 1, 2, 1.5, 3, Double.NaN, 4, 5};
        for (double t : times) {
            b.newSample(t).set(Channel.HEART_RATE_BPM, 150);
        }
        RunSeries s = RunSeries.of(activity(b.build()), 190);
        assertThat(s.elapsed()).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void emptyAndSingleSampleActivitiesGiveEmptySeries() {
        assertThat(RunSeries.of(activity(Streams.empty()), 190).size()).isZero();
        StreamsBuilder b = new StreamsBuilder();
        b.newSample(5).set(Channel.HEART_RATE_BPM, 150);
        assertThat(RunSeries.of(activity(b.build()), 190).size()).isZero();
    }

    @Test
    void gradeFromAltitudeOverDistance() {
        Activity a = SyntheticRun.of(1200).constant(Channel.SPEED_M_S, 3).with(Channel.ALTITUDE_M, t -> 0.08 * 3 * t).build();
        RunSeries s = RunSeries.of(a, 190);
        assertThat(s.grade()[600]).isCloseTo(0.08, within(1e-9));
        assertThat(s.gapSpeed()[600]).isCloseTo(3 * org.heavylegs.core.metric.grade.Minetti.costRatio(0.08), within(1e-9));
    }

    static Activity activity(Streams streams) {
        return new Activity("t.fit", SourceFormat.SYNTHETIC, "running", "generic", SyntheticRun.START, streams,
                List.of(), List.of(), new double[0], DeviceSummary.NONE, Device.UNKNOWN, List.of());
    }
}
