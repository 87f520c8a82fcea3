package org.heavylegs.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Lap;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.Streams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeJumpsTest {
    private static final double YEAR_S = 365.25 * 86400;
    private final TimeJumps rule = new TimeJumps();

    /** The clean run with every time from sample {@code at} on moved by {@code jump} seconds. */
    private static Streams jumped(Streams clean, int at, double jump) {
        double[] t = clean.time().clone();
        for (int i = at; i < t.length; i++) {
            t[i] += jump;
        }
        return clean.withTime(t);
    }

    private static Instant absolute(Activity a, int i) {
        return a.start().plusMillis(Math.round(a.streams().time()[i] * 1000));
    }

    @Test
    void cleanRunIsReturnedAsItIsWithoutWarning() {
        Activity clean = SyntheticRuns.run(1, 3600);
        List<String> warnings = new ArrayList<>();
        assertThat(rule.apply(clean, warnings)).isSameAs(clean);
        assertThat(warnings).isEmpty();
    }

    @Test
    void forwardJumpInPlaceIsClosedToOneSampleIntervalAndRecordedAsPause() {
        Activity clean = SyntheticRuns.run(2, 3000);
        Activity defective = clean.withStreams(jumped(clean.streams(), 2000, 3 * 3600));
        List<String> warnings = new ArrayList<>();
        Activity out = rule.apply(defective, warnings);

        // The clean run is 1 Hz, so closing the gap to one interval gives back the clean times.
        assertThat(out.streams().time()).containsExactly(clean.streams().time());
        assertThat(out.pauses()).containsExactly(new Pause(1999, 2000));
        assertThat(out.start()).isEqualTo(clean.start());
        assertThat(warnings).containsExactly("time_jumps: clock jumped forward by 3.0 h at sample 2000 (1999 s into the "
                + "recording); later samples moved to follow after 1 s, recorded as a pause");
        assertThat(out.streams().get(Channel.HEART_RATE_BPM)).isSameAs(clean.streams().get(Channel.HEART_RATE_BPM));
    }

    @Test
    void clockSetRightByGpsEarlyOnKeepsTheLaterClockByMovingTheStart() {
        Activity clean = SyntheticRuns.run(3, 3000);
        // The first 60 samples carry a clock 20 years behind; GPS time arrives at sample 60.
        Activity defective = clean.withStreams(jumped(clean.streams(), 60, 20 * YEAR_S));
        List<String> warnings = new ArrayList<>();
        Activity out = rule.apply(defective, warnings);

        assertThat(out.streams().time()).containsExactly(clean.streams().time());
        for (int i : new int[] {60, 1000, 2999}) {
            Instant expected = defective.start().plusMillis(Math.round(defective.streams().time()[i] * 1000));
            assertThat(absolute(out, i)).isEqualTo(expected);
        }
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).startsWith("time_jumps: clock jumped forward by 20.0 years at sample 60");
        assertThat(warnings.get(1)).startsWith("time_jumps: start moved forward by 20.0 years so that the longest part (samples 60 to 2999)");
    }

    @Test
    void clockSetBackWhileTheRunGoesOnIsMovedForward() {
        Activity clean = SyntheticRuns.run(4, 3000);
        Activity defective = clean.withStreams(jumped(clean.streams(), 1800, -3 * 86400));
        List<String> warnings = new ArrayList<>();
        Activity out = rule.apply(defective, warnings);

        assertThat(out.streams().time()).containsExactly(clean.streams().time());
        assertThat(out.start()).isEqualTo(clean.start());
        assertThat(warnings).containsExactly("time_jumps: clock jumped back by 3 days at sample 1800 (1799 s into the "
                + "recording); later samples moved to follow after 1 s, recorded as a pause");
    }

    @Test
    void stepBackWithDistanceGoingBackIsLeftForNegativeTimeSteps() {
        // Half an hour of records written again: a replay, not a clock fault.
        Activity clean = SyntheticRuns.run(5, 3600);
        int[] order = new int[3600 + 1800];
        for (int k = 0; k < order.length; k++) {
            order[k] = k < 3000 ? k : k - 1800;
        }
        Activity replayed = clean.withStreams(SyntheticRuns.rows(clean.streams(), order));
        List<String> warnings = new ArrayList<>();
        assertThat(rule.apply(replayed, warnings)).isSameAs(replayed);
        assertThat(warnings).isEmpty();
    }

    @Test
    void gapCoveredByTimerPauseIsKept() {
        Activity clean = SyntheticRuns.run(6, 3000);
        Streams s = jumped(clean.streams(), 1500, 45 * 60);
        Activity paused = SyntheticRuns.activity("running", s, List.of(), List.of(new Pause(1500, 1499 + 45 * 60)));
        List<String> warnings = new ArrayList<>();
        assertThat(rule.apply(paused, warnings)).isSameAs(paused);
        assertThat(warnings).isEmpty();
    }

    @Test
    void gapAcrossWhichTheRunnerMovedIsKept() {
        Activity clean = SyntheticRuns.run(7, 3000);
        Streams s = jumped(clean.streams(), 1500, 30 * 60);
        double[] d = s.get(Channel.DISTANCE_M).clone();
        for (int i = 1500; i < d.length; i++) {
            d[i] += 5000;
        }
        Activity moved = clean.withStreams(s.with(Channel.DISTANCE_M, d));
        List<String> warnings = new ArrayList<>();
        assertThat(rule.apply(moved, warnings)).isSameAs(moved);
        assertThat(warnings).isEmpty();
    }

    @Test
    void gapWithoutPositionOrDistanceIsJudgedByLengthAlone() {
        Activity clean = SyntheticRuns.run(8, 2400);
        Streams s = jumped(clean.streams(), 1200, 6 * 3600)
                .with(Channel.DISTANCE_M, null).with(Channel.LATITUDE_DEG, null).with(Channel.LONGITUDE_DEG, null);
        Activity treadmill = clean.withStreams(s);
        List<String> warnings = new ArrayList<>();
        Activity out = rule.apply(treadmill, warnings);
        assertThat(out.streams().time()).containsExactly(clean.streams().time());
        assertThat(warnings).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GPX", "TCX"})
    void formatsWithoutTimerEventsKeepGapsUnderADay(String format) {
        Activity clean = SyntheticRuns.run(9, 2400);
        Streams s = jumped(clean.streams(), 1200, 10 * 3600);
        Activity gpx = SyntheticRuns.activity("running", SourceFormat.valueOf(format), s, List.of(), List.of());
        List<String> warnings = new ArrayList<>();
        assertThat(rule.apply(gpx, warnings)).isSameAs(gpx);

        Activity yearsOff = SyntheticRuns.activity("running", SourceFormat.valueOf(format),
                jumped(clean.streams(), 1200, 3 * YEAR_S), List.of(), List.of());
        assertThat(rule.apply(yearsOff, warnings).streams().time()).containsExactly(clean.streams().time());
        assertThat(warnings).hasSize(1);
    }

    @Test
    void lapsAndPausesMoveWithTheirSamples() {
        Activity clean = SyntheticRuns.run(10, 3000);
        double jump = 5 * 3600;
        Streams s = jumped(clean.streams(), 2000, jump);
        List<Lap> laps = List.of(
                new Lap(0, 1000, 1000, 3000, 140),
                // Spans the jump: the device's elapsed time includes the five hours.
                new Lap(1000, 1500 + jump, 1500, 4500, 150),
                new Lap(2500 + jump, 499, 499, 1500, 155));
        List<Pause> pauses = List.of(new Pause(500, 510), new Pause(2600 + jump, 2620 + jump));
        Activity defective = SyntheticRuns.activity("running", s, laps, pauses);
        Activity out = rule.apply(defective, new ArrayList<>());

        assertThat(out.laps()).containsExactly(
                new Lap(0, 1000, 1000, 3000, 140),
                new Lap(1000, 1500, 1500, 4500, 150),
                new Lap(2500, 499, 499, 1500, 155));
        assertThat(out.pauses()).containsExactly(new Pause(500, 510), new Pause(1999, 2000), new Pause(2600, 2620));
    }

    @Test
    void severalJumpsAreAllClosedAndTheLongestPartKeepsItsClock() {
        Activity clean = SyntheticRuns.run(11, 4000);
        Activity defective = clean.withStreams(jumped(jumped(clean.streams(), 1000, 2 * 3600), 3000, 7 * YEAR_S));
        List<String> warnings = new ArrayList<>();
        Activity out = rule.apply(defective, warnings);
        assertThat(out.streams().time()).containsExactly(clean.streams().time());
        assertThat(out.pauses()).containsExactly(new Pause(999, 1000), new Pause(2999, 3000));
        // Samples 1000 to 2999 are the longest part: their clock is the one kept.
        assertThat(absolute(out, 1000)).isEqualTo(absolute(defective, 1000));
        assertThat(absolute(out, 2999)).isEqualTo(absolute(defective, 2999));
        assertThat(warnings).hasSize(3);
        assertThat(warnings.get(2)).isEqualTo(
                "time_jumps: start moved forward by 2.0 h so that the longest part (samples 1000 to 2999) keeps its clock");
    }

    @Test
    void durationsReadNaturally() {
        assertThat(TimeJumps.duration(59)).isEqualTo("59 s");
        assertThat(TimeJumps.duration(1800)).isEqualTo("30 min");
        assertThat(TimeJumps.duration(3 * 3600)).isEqualTo("3.0 h");
        assertThat(TimeJumps.duration(10 * 86400)).isEqualTo("10 days");
        assertThat(TimeJumps.duration(2027039314)).isEqualTo("64.2 years");
    }
}
