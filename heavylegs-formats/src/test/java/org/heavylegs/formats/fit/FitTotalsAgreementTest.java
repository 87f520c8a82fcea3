package org.heavylegs.formats.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.formats.Corpus;
import org.heavylegs.formats.UnreadableFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every running session that carries the device's own summary, our totals computed from the
 * streams ({@link Totals}) agree with it: distance and timer time within 1 %, average heart rate
 * within 1 bpm. The sessions that cannot are listed below, each with why, and must still agree
 * within a looser bound.
 */
class FitTotalsAgreementTest {

    static final double RELATIVE = 0.01;
    static final double HR_BPM = 1.0;

    /**
     * Timer time: records come once per second (or less often), so a session of a few seconds
     * cannot agree to 1 %: the device's timer counts the fraction of a second before the first and
     * after the last record, which the file does not show. Each must still be within 2 s.
     */
    static final Map<String, String> TIMER_EXCEPTIONS = Map.ofEntries(
            Map.entry("python-fitparse/Activity.fit#1", "the SDK's 13.7-s example: 14 records a second apart give 13 s"),
            Map.entry("python-fitparse/activity-filecrc.fit#1", "Activity.fit with a bad CRC: 13.7-s session"),
            Map.entry("python-fitparse/activity-activity-filecrc.fit#1", "Activity.fit chained twice: 13.7-s session"),
            Map.entry("python-fitparse/activity-activity-filecrc.fit#2", "Activity.fit chained twice: 13.7-s session"),
            Map.entry("python-fitparse/activity-settings.fit#1", "Activity.fit with a settings file chained: 13.7-s session"),
            Map.entry("python-fitparse/activity-settings-nodata.fit#1", "Activity.fit with an empty chained file: 13.7-s session"),
            Map.entry("python-fitparse/activity-settings-corruptheader.fit#1", "Activity.fit with a corrupt chained header: 13.7-s session"),
            Map.entry("python-fitparse/activity-unexpected-eof.fit#1", "Activity.fit cut short: 13.7-s session"),
            Map.entry("heartandsole/tests/B47I2852.FIT#1", "a 41.4-s session of 7 records: 41 s from the records"),
            Map.entry("muktihari-fit/testdata/from_official_sdk/activity_multisport.fit#2",
                    "a 21.5-s run whose 23 records span 22 s"),
            Map.entry("sweatpy/sweat/examples/data/6471559601_ACTIVITY.fit#1",
                    "a 24.6-s run of 24 records a second apart (23 s)"));
    static final double TIMER_EXCEPTION_BOUND_S = 2.0;

    /**
     * Average heart rate: the device averages its own once-a-second HR; a "smart recording" file
     * only keeps a record when something changes, so the file lacks the seconds the device
     * averaged. Each must still be within 2 bpm.
     */
    static final Map<String, String> HR_EXCEPTIONS = Map.of(
            "python-fitparse/2013-02-06-12-11-14.fit#1",
            "smart recording: 590 records over 2,625 s (1 to 9 s apart); ours 148.3 against the device's 147");
    static final double HR_EXCEPTION_BOUND_BPM = 2.0;

    static Stream<Arguments> runningSessions() {
        List<Arguments> out = new ArrayList<>();
        for (Path file : Corpus.files("fit")) {
            String name = Corpus.name(file);
            List<Activity> activities;
            try {
                activities = new FitReader().read(name, Files.readAllBytes(file));
            } catch (UnreadableFileException e) {
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int i = 0; i < activities.size(); i++) {
                Activity a = activities.get(i);
                if (a.isRunning() && !a.summary().isEmpty()) {
                    out.add(Arguments.of(name + "#" + (i + 1), a));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runningSessions")
    void distanceAgreesWithinOnePercent(String session, Activity a) {
        double device = a.summary().get(DeviceSummary.DISTANCE_M);
        if (Double.isNaN(device)) {
            return;
        }
        assertThat(Totals.of(a).distanceM()).as(session).isCloseTo(device, within(RELATIVE * device + 1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runningSessions")
    void timerTimeAgreesWithinOnePercent(String session, Activity a) {
        double device = a.summary().get(DeviceSummary.TIMER_S);
        if (Double.isNaN(device)) {
            return;
        }
        double ours = Totals.of(a).timerS();
        String why = TIMER_EXCEPTIONS.get(session);
        if (why != null) {
            assertThat(ours).as(session + " (exception: " + why + ")").isCloseTo(device, within(TIMER_EXCEPTION_BOUND_S));
            assertThat(Math.abs(ours - device)).as(session + " is listed as an exception but agrees: remove it")
                    .isGreaterThan(RELATIVE * device);
        } else {
            assertThat(ours).as(session).isCloseTo(device, within(RELATIVE * device));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runningSessions")
    void averageHeartRateAgreesWithinOneBpm(String session, Activity a) {
        double device = a.summary().get(DeviceSummary.AVG_HR);
        if (Double.isNaN(device)) {
            return;
        }
        double ours = Totals.of(a).avgHeartRateBpm();
        String why = HR_EXCEPTIONS.get(session);
        if (why != null) {
            assertThat(ours).as(session + " (exception: " + why + ")").isCloseTo(device, within(HR_EXCEPTION_BOUND_BPM));
            assertThat(Math.abs(ours - device)).as(session + " is listed as an exception but agrees: remove it")
                    .isGreaterThan(HR_BPM);
        } else {
            assertThat(ours).as(session).isCloseTo(device, within(HR_BPM));
        }
    }

    /** The checks above must have had something to check. */
    @Test
    void theCorpusHasEnoughRunningSessionsWithSummaries() {
        List<Arguments> sessions = runningSessions().toList();
        long withDistance = sessions.stream().map(s -> (Activity) s.get()[1])
                .filter(a -> !Double.isNaN(a.summary().get(DeviceSummary.DISTANCE_M))).count();
        long withHr = sessions.stream().map(s -> (Activity) s.get()[1])
                .filter(a -> !Double.isNaN(a.summary().get(DeviceSummary.AVG_HR))).count();
        assertThat(sessions).hasSizeGreaterThanOrEqualTo(40);
        assertThat(withDistance).isGreaterThanOrEqualTo(38);
        assertThat(withHr).isGreaterThanOrEqualTo(25);
    }
}
