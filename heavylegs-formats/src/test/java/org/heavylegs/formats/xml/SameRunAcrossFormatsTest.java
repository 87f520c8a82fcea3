package org.heavylegs.formats.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.Streams;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.formats.ActivityFiles;
import org.heavylegs.formats.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same recording exported by Garmin Connect as TCX, GPX and FIT must read as the same run.
 * heartandsole/tests/testdata.* is a 3.7-minute test run (Forerunner 220, smart recording) with two
 * stops; connectstats' tcx/activity_*.{tcx,fit} are the same activities twice.
 */
class SameRunAcrossFormatsTest {

    private static Activity only(String corpusPath) throws Exception {
        Path p = Corpus.file(corpusPath);
        List<Activity> read = ActivityFiles.read(p);
        assertThat(read).hasSize(1);
        return read.get(0);
    }

    private static Set<Long> epochSeconds(Activity a) {
        Set<Long> s = new TreeSet<>();
        long start = a.start().getEpochSecond();
        for (double t : a.streams().time()) {
            s.add(start + Math.round(t));
        }
        return s;
    }

    @Test
    void heartandsoleTcxAndGpxAreTheSameRun() throws Exception {
        Activity tcx = only("heartandsole/tests/testdata.tcx");
        Activity gpx = only("heartandsole/tests/testdata.gpx");
        Totals tt = Totals.of(tcx);
        Totals gt = Totals.of(gpx);

        assertThat(tcx.sport()).isEqualTo("running");
        assertThat(gpx.sport()).isEqualTo("running");
        assertThat(gpx.start()).isEqualTo(tcx.start());
        assertThat(gt.elapsedS()).isEqualTo(tt.elapsedS()).isEqualTo(222.0);

        // The TCX repeats each lap's closing point as the next lap's first (3 exact repeats, dropped
        // by the reader); otherwise both files hold the same 46 points.
        assertThat(epochSeconds(tcx)).isEqualTo(epochSeconds(gpx));
        assertThat(gpx.streams().size()).isEqualTo(tcx.streams().size()).isEqualTo(46);
        assertThat(gpx.streams().get(Channel.HEART_RATE_BPM)).containsExactly(tcx.streams().get(Channel.HEART_RATE_BPM));
        assertThat(gpx.streams().get(Channel.CADENCE_SPM)).containsExactly(tcx.streams().get(Channel.CADENCE_SPM));

        // Same heart rate and cadence per point; same time-weighted average and maximum.
        assertThat(gt.avgHeartRateBpm()).isCloseTo(tt.avgHeartRateBpm(), within(0.5));
        assertThat(gt.maxHeartRateBpm()).isEqualTo(tt.maxHeartRateBpm()).isEqualTo(100.0);
        assertThat(gt.avgCadenceSpm()).isCloseTo(tt.avgCadenceSpm(), within(1.0));

        // Distance: the GPX has none, so it is summed from positions, which are the TCX's positions.
        Activity tcxPositionsOnly = tcx.withStreams(tcx.streams().with(Channel.DISTANCE_M, null));
        Activity tcxPositionsNoStops = new Activity(tcx.source(), tcx.format(), tcx.sport(), tcx.subSport(), tcx.start(),
                tcxPositionsOnly.streams(), tcx.laps(), List.of(), tcx.rrS(), tcx.summary(), tcx.device(), tcx.warnings());
        assertThat(gt.distanceM()).isCloseTo(Totals.of(tcxPositionsNoStops).distanceM(), within(0.001));
        // The raw positions wander: they jump 35 m across the two stops (which the TCX knows of and
        // leaves out: 152.6 m, against the watch's GPS-filtered 158.7 m), and the GPX, which knows of
        // no stop, reads 187.5 m on this slow 160 m. A GPX with its stops as trksegs would not.
        assertThat(tt.distanceM()).isCloseTo(158.71, within(0.01));
        assertThat(Totals.of(tcxPositionsOnly).distanceM()).isCloseTo(152.6, within(0.1));
        assertThat(gt.distanceM()).isCloseTo(187.47, within(0.1));

        // Timer: the TCX's laps tell the two stops (18.5 s and 13 s); the GPX (one trkseg) cannot.
        assertThat(tt.timerS()).isCloseTo(tcx.summary().get(DeviceSummary.TIMER_S), within(0.5));
        assertThat(gt.timerS()).isEqualTo(gt.elapsedS());
    }

    @ParameterizedTest
    @ValueSource(strings = {"activity_234721416", "activity_234979239"})
    void connectStatsTcxTotalsMatchTheirLaps(String name) throws Exception {
        Activity tcx = only("connectstats/ConnectStatsTests/samples/tcx/" + name + ".tcx");
        Totals t = Totals.of(tcx);
        DeviceSummary laps = tcx.summary();
        assertThat(t.distanceM()).isCloseTo(laps.get(DeviceSummary.DISTANCE_M), within(0.01));
        assertThat(t.timerS()).isCloseTo(laps.get(DeviceSummary.TIMER_S), within(1.0));
        if (tcx.streams().has(Channel.HEART_RATE_BPM)) {
            assertThat(t.avgHeartRateBpm()).isCloseTo(laps.get(DeviceSummary.AVG_HR), within(0.5));
        }
    }

    @Test
    void positionsGiveTheWatchDistanceAtRunningSpeed() throws Exception {
        // What a GPX of a real run would give: the 8.4 km FR610 run with its distance column removed.
        Activity run = only("connectstats/ConnectStatsTests/samples/tcx/activity_234979239.tcx");
        Streams s = run.streams();
        double fromPositions = Totals.of(run.withStreams(s.with(Channel.DISTANCE_M, null))).distanceM();
        double watch = run.summary().get(DeviceSummary.DISTANCE_M);
        assertThat(fromPositions / watch).isCloseTo(1.0, within(0.02));
    }

    @Test
    void heartandsoleFitAgreesWithTcxAndGpx() throws Exception {
        Activity fit = only("heartandsole/tests/testdata.fit");
        Activity tcx = only("heartandsole/tests/testdata.tcx");
        Activity gpx = only("heartandsole/tests/testdata.gpx");
        Totals ft = Totals.of(fit);
        Totals tt = Totals.of(tcx);
        assertThat(fit.start()).isEqualTo(tcx.start());
        assertThat(ft.elapsedS()).isCloseTo(tt.elapsedS(), within(1.0));
        assertThat(ft.timerS()).isCloseTo(tt.timerS(), within(tt.timerS() * 0.01));
        assertThat(ft.distanceM()).isCloseTo(tt.distanceM(), within(tt.distanceM() * 0.01));
        assertThat(ft.avgHeartRateBpm()).isCloseTo(tt.avgHeartRateBpm(), within(1.0));
        assertThat(ft.maxHeartRateBpm()).isEqualTo(tt.maxHeartRateBpm());
        assertThat(epochSeconds(fit)).containsAll(epochSeconds(gpx));
        assertThat(fit.summary().get(DeviceSummary.TIMER_S))
                .isCloseTo(tcx.summary().get(DeviceSummary.TIMER_S), within(0.01));
        assertThat(fit.summary().get(DeviceSummary.DISTANCE_M))
                .isCloseTo(tcx.summary().get(DeviceSummary.DISTANCE_M), within(0.01));
    }

    @ParameterizedTest
    @ValueSource(strings = {"activity_234721416", "activity_234979239"})
    void connectStatsFitAgreesWithTcx(String name) throws Exception {
        Path dir = Corpus.file("connectstats/ConnectStatsTests/samples/tcx/" + name + ".tcx").getParent();
        assertThat(Files.isRegularFile(dir.resolve(name + ".fit"))).isTrue();
        Activity tcx = only("connectstats/ConnectStatsTests/samples/tcx/" + name + ".tcx");
        Activity fit = only("connectstats/ConnectStatsTests/samples/tcx/" + name + ".fit");
        Totals ft = Totals.of(fit);
        Totals tt = Totals.of(tcx);
        assertThat(fit.start()).isEqualTo(tcx.start());
        assertThat(ft.distanceM()).isCloseTo(tt.distanceM(), within(tt.distanceM() * 0.01));
        assertThat(ft.timerS()).isCloseTo(tt.timerS(), within(tt.timerS() * 0.01));
        if (!Double.isNaN(tt.avgHeartRateBpm())) {
            assertThat(ft.avgHeartRateBpm()).isCloseTo(tt.avgHeartRateBpm(), within(tt.avgHeartRateBpm() * 0.01));
        }
        assertThat(Arrays.stream(fit.streams().time()).max().orElseThrow())
                .isCloseTo(Arrays.stream(tcx.streams().time()).max().orElseThrow(), within(2.0));
    }
}
