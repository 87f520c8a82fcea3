package org.heavylegs.report.html.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.StreamsBuilder;
import org.heavylegs.core.analysis.Analysis;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.history.AthleteData;
import org.heavylegs.core.history.RunSummary;
import org.junit.jupiter.api.Test;

class ChartInputsTest {
    private static final Instant DAY0 = Instant.parse("2026-03-01T07:00:00Z");

    /** A steady 3 m/s run with a timer pause from {@code pauseFrom} to {@code pauseTo} (elapsed s). */
    static Activity run(String name, int day, double movingS, double pauseFrom, double pauseTo) {
        StreamsBuilder b = new StreamsBuilder();
        List<Pause> pauses = new ArrayList<>();
        if (pauseTo > pauseFrom) {
            pauses.add(new Pause(pauseFrom, pauseTo));
        }
        double d = 0;
        for (double t = 0; t <= movingS + (pauseTo - pauseFrom); t++) {
            if (t > pauseFrom && t < pauseTo) {
                continue;
            }
            b.newSample(t).set(Channel.SPEED_M_S, 3.0).set(Channel.DISTANCE_M, d).set(Channel.HEART_RATE_BPM, 140 + t / 120)
                    .set(Channel.CADENCE_SPM, 170);
            d += 3.0;
        }
        return new Activity(name, SourceFormat.SYNTHETIC, "running", "generic", DAY0.plusSeconds(86400L * day), b.build(),
                List.of(), pauses, new double[0], DeviceSummary.NONE, Device.UNKNOWN, List.of());
    }

    @Test
    void focusRunWindowsFollowMovingTimeAcrossAPause() {
        Activity a = run("a.fit", 0, 1800, 900, 1200);          // 30 min moving, 5 min paused in the middle
        FocusRun f = ChartInputs.focus(a);
        assertThat(f.windows()).hasSize(2);
        assertThat(f.windows().get(0).kind()).isEqualTo(RunWindow.Kind.WARMUP);
        assertThat(f.windows().get(0).toS()).isEqualTo(600);
        // the late window starts after 80 % of 1800 s moving = 1440 s, i.e. 1740 s elapsed
        assertThat(f.windows().get(1).fromS()).isCloseTo(1740, within(1.0));
        assertThat(f.windows().get(1).toS()).isEqualTo(2100);
        assertThat(ChartInputs.focus(run("short.fit", 0, 600, 0, 0)).windows()).isEmpty();
    }

    @Test
    void aFolderGivesLoadRecoveryFocusAndPerRunSeriesThatTheReportDraws() {
        List<Activity> acts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            acts.add(run("r" + i + ".fit", i, 2400, 0, 0));
        }
        List<WellnessDay> wellness = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            wellness.add(new WellnessDay(LocalDate.of(2026, 3, 1).plusDays(i), 48.0 + (i % 3), 60.0 + (i % 5),
                    null, null, null, null, null, null, null));
        }
        AthleteData data = new AthleteData(Athlete.UNKNOWN, ZoneOffset.UTC, true,
                acts.stream().map(a -> RunSummary.of(a, ZoneOffset.UTC)).toList(), wellness, List.of(), List.of(), List.of());
        Map<String, Activity> bySource = new java.util.HashMap<>();
        acts.forEach(a -> bySource.put(a.source(), a));
        DiagnosisInput in = Analysis.prepare(data, null, null, 28, r -> Optional.ofNullable(bySource.get(r.source())));

        ChartData c = ChartInputs.of(in);
        assertThat(c.load().days()).hasSize(42).last().isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(c.load().ctl()[41]).isPositive();
        assertThat(c.load().acwr()[41]).isCloseTo(1.0, within(0.2));
        assertThat(c.recovery().lnRmssd()[41]).isCloseTo(Math.log(64), within(1e-9));   // day 29: 60 + 29 % 5
        assertThat(c.recovery().restingHr7d()[41]).isFinite();
        assertThat(c.focusRun().file()).isEqualTo("r29.fit");
        assertThat(c.efficiency()).hasSize(30).allSatisfy(e -> assertThat(e.efficiencyFactor()).isPositive());
        assertThat(c.sweat()).isEmpty();   // no runs.csv: nothing to draw, the chart says so
        assertThat(c.dynamics().cadenceSpm()).isCloseTo(170, within(0.5));
    }
}
