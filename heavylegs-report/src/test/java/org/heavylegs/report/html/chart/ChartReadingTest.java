package org.heavylegs.report.html.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.StreamsBuilder;
import org.heavylegs.report.Fixtures;
import org.junit.jupiter.api.Test;

/** Each chart's one-sentence reading is computed from its data, and missing data gives one line, no frame. */
class ChartReadingTest {

    private static List<LocalDate> days(int n) {
        List<LocalDate> d = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            d.add(LocalDate.of(2026, 1, 1).plusDays(i));
        }
        return d;
    }

    private static LoadSeries acwrEndingAt(double last) {
        return new LoadSeries(days(3), new double[] {50, 51, 52}, new double[] {60, 70, 80},
                new double[] {-10, -19, -28.04}, new double[] {1.0, 1.2, last});
    }

    @Test
    void loadReadingNamesTheRatioBand() {
        assertThat(LoadChart.render(acwrEndingAt(1.6)).reading())
                .isEqualTo("Your acute load is 1.60 times your chronic load: a spike (1.5 or more); your form (TSB) is -28.");
        assertThat(LoadChart.render(acwrEndingAt(1.5)).reading()).contains("a spike");
        assertThat(LoadChart.render(acwrEndingAt(1.4)).reading()).contains("above the usual 0.8-1.3 range");
        assertThat(LoadChart.render(acwrEndingAt(1.0)).reading()).contains("within the usual 0.8-1.3 range");
        assertThat(LoadChart.render(acwrEndingAt(0.6)).reading()).contains("below 0.8");
    }

    @Test
    void missingChartsSayWhatIsMissingAndDrawNothing() {
        List<Chart> none = List.of(LoadChart.render(null), RecoveryChart.render(null), FocusRunChart.render(null),
                DurabilityChart.render(List.of()), SweatChart.render(List.of()), DynamicsChart.render(null),
                LoadChart.render(new LoadSeries(days(5), null, null, null, null)),
                DynamicsChart.render(new Dynamics("x", Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN)));
        for (Chart c : none) {
            assertThat(c.drawn()).as(c.id()).isFalse();
            assertThat(c.svg()).isNull();
            assertThat(c.reading()).startsWith("No ").doesNotContain("\n");
        }
    }

    @Test
    void recoveryReadingComparesWithTheBaseline() {
        RecoverySeries r = new RecoverySeries(days(2), null, new double[] {4.2, 4.05}, new double[] {4.1, 4.1},
                new double[] {4.3, 4.3}, null, new double[] {50, 57}, new double[] {49, 49});
        assertThat(RecoveryChart.render(r).reading()).isEqualTo("Your 7-day HRV (ln rMSSD 4.05) is below your baseline "
                + "band (4.10 to 4.30), and your resting heart rate (7-day mean 57 bpm) is 8 bpm above its baseline of "
                + "49 bpm, a sign of incomplete recovery.");
    }

    @Test
    void recoveryWithOnlyRestingHeartRateDrawsOnePanel() {
        RecoverySeries r = new RecoverySeries(days(3), null, null, null, null, new double[] {50, 51, 49},
                new double[] {Double.NaN, 50, 50}, new double[] {50, 50, 50});
        Chart c = RecoveryChart.render(r);
        assertThat(c.svg()).contains("Resting heart rate (bpm").doesNotContain("ln rMSSD (natural");
        assertThat(c.reading()).isEqualTo("Your resting heart rate (7-day mean 50 bpm) is level with its baseline.");
    }

    @Test
    void sweatReadingWarnsWhenTheRunnerCameBackHeavier() {
        List<SweatRun> runs = List.of(new SweatRun(LocalDate.of(2026, 3, 1), 1.0, 1.0),
                new SweatRun(LocalDate.of(2026, 3, 8), -0.8, 0.4));
        assertThat(SweatChart.render(runs).reading()).isEqualTo("Your last logged run (2026-03-08) came back 0.8 % heavier: "
                + "more drunk than sweated, which raises the risk of low blood sodium; none of 2 logged runs went over 2 % "
                + "and 1 came back heavier.");
    }

    @Test
    void durabilityReadingCountsDriftAndComparesEfficiency() {
        List<RunEfficiency> runs = new ArrayList<>();
        double[] ef = {1.50, 1.50, 1.40, 1.40};
        double[] dec = {3, 6, Double.NaN, 12};
        for (int i = 0; i < 4; i++) {
            runs.add(new RunEfficiency(LocalDate.of(2026, 2, 1 + 7 * i), dec[i], ef[i]));
        }
        assertThat(DurabilityChart.render(runs).reading()).isEqualTo("Heart rate drifted more than 5 % in 2 of 3 steady "
                + "runs (latest 12 %), and efficiency in your last 2 runs was 7 % lower than in your first 2.");
    }

    @Test
    void dynamicsBandsFollowGarminsClasses() {
        assertThat(GarminBands.CADENCE.classify(152.9).name()).isEqualTo("red");
        assertThat(GarminBands.CADENCE.classify(153).name()).isEqualTo("orange");
        assertThat(GarminBands.CADENCE.classify(163.9).name()).isEqualTo("orange");
        assertThat(GarminBands.CADENCE.classify(164).name()).isEqualTo("green");
        assertThat(GarminBands.CADENCE.classify(183).name()).isEqualTo("blue");
        assertThat(GarminBands.CADENCE.classify(184).name()).isEqualTo("purple");
        assertThat(GarminBands.GROUND_CONTACT.classify(207).name()).isEqualTo("purple");
        assertThat(GarminBands.GROUND_CONTACT.classify(305).name()).isEqualTo("orange");
        assertThat(GarminBands.GROUND_CONTACT.classify(305.5).name()).isEqualTo("red");
        assertThat(GarminBands.VERTICAL_OSCILLATION.classify(11.5).name()).isEqualTo("orange");
        assertThat(GarminBands.VERTICAL_RATIO.classify(6.0).name()).isEqualTo("purple");
        assertThat(GarminBands.BALANCE.classify(50.0).name()).isEqualTo("green");
        assertThat(GarminBands.BALANCE.classify(48.5).name()).isEqualTo("orange");
        assertThat(GarminBands.BALANCE.classify(52.5).name()).isEqualTo("red");
        assertThat(GarminBands.CADENCE.confirmed()).isTrue();
        assertThat(List.of(GarminBands.GROUND_CONTACT, GarminBands.VERTICAL_OSCILLATION, GarminBands.VERTICAL_RATIO,
                GarminBands.BALANCE)).noneMatch(GarminBands.Measure::confirmed);
    }

    @Test
    void dynamicsChartLabelsUnconfirmedBands() {
        Chart c = DynamicsChart.render(Fixtures.dynamics());
        assertThat(c.svg()).contains("bands confirmed").contains("bands UNCONFIRMED");
        assertThat(c.svg().split("bands UNCONFIRMED", -1)).hasSize(5);
        assertThat(c.reading()).startsWith("Your cadence of 158 spm is in Garmin's orange band");
    }

    @Test
    void focusRunWithOnlyDistanceStillDrawsPace() {
        StreamsBuilder b = new StreamsBuilder();
        for (int t = 0; t < 1200; t++) {
            b.newSample(t).set(Channel.DISTANCE_M, t * 3.0).set(Channel.HEART_RATE_BPM, 140 + t / 100.0);
        }
        Chart c = FocusRunChart.render(new FocusRun("walk.tcx", b.build(), List.of()));
        assertThat(c.svg()).contains("Pace (min:s per km", "5:30");
        assertThat(c.reading()).startsWith("The run lasted 20 min").contains("146 bpm");
    }

    @Test
    void focusRunReadingComparesTheLateWindowWithWhatCameBefore() {
        assertThat(FocusRunChart.render(Fixtures.focusRun()).reading()).isEqualTo("In the late-fade window (from minute "
                + "60) your pace was 5:25 per km against 5:08 before it, heart rate 164 against 155 bpm and cadence 168 "
                + "against 172 spm.");
    }

    @Test
    void aStopLeavesAGapInThePaceLineInsteadOfASpike() {
        String svg = FocusRunChart.render(Fixtures.focusRun()).svg();
        String pacePanel = svg.substring(svg.indexOf("Pace (min:s"), svg.indexOf("Heart rate (bpm)"));
        int lines = pacePanel.split("<polyline", -1).length - 1;
        assertThat(lines).as("the 40 s stop splits the pace line").isEqualTo(2);
    }

    @Test
    void walkingBreaksDoNotStretchThePaceAxisButAColdStartStaysOnTheHeartRateAxis() {
        double[] pace = new double[100];
        for (int i = 0; i < 100; i++) {
            pace[i] = i % 10 == 0 ? 830 : 300 + i % 7;
        }
        double[] r = FocusRunChart.paceRange(pace);
        assertThat(r[0]).isEqualTo(300);
        assertThat(r[1]).isEqualTo(1.6 * 303, org.assertj.core.data.Offset.offset(1e-9));
        String svg = FocusRunChart.render(Fixtures.focusRun()).svg();
        String hrPanel = svg.substring(svg.indexOf("Heart rate (bpm)"), svg.indexOf("Cadence (steps"));
        assertThat(hrPanel).as("the first minute at 112 bpm is inside the axis").contains(">100<");
    }

    @Test
    void causesReadingWhenNothingIsLikely() {
        var d = Fixtures.diagnosis();
        var possibleOnly = d.causes().stream().filter(a -> a.likelihood() != org.heavylegs.core.diagnosis.Likelihood.LIKELY)
                .toList();
        assertThat(CausesChart.reading(possibleOnly)).isEqualTo(
                "No cause is likely; the strongest candidate is glycogen depletion (possible, score 0.46).");
    }
}
