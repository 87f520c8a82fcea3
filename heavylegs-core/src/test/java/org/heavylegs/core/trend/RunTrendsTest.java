package org.heavylegs.core.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.heavylegs.core.history.TestRuns.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.Physiology;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.core.athlete.Symptoms;
import org.heavylegs.core.history.RunSummary;
import org.junit.jupiter.api.Test;

/** Efficiency, HR at pace, cadence-speed line and weekly volume, on hand-made runs. */
class RunTrendsTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 5, 31);
    static final Physiology PHYS = Physiology.resolve(new Athlete("t", Sex.FEMALE, 1990, null, 60.0, 190.0, 50.0, 170.0,
            null, Set.of(), Set.of(), Set.of(), null, null, null, Symptoms.UNANSWERED), AS_OF, List.of(), Double.NaN);

    @Test
    void efficiencyDropAtEasyIntensity() {
        List<RunSummary> runs = new ArrayList<>();
        // baseline: 10 km in 60 min at HR 140 (EF = 166.67/140 = 1.190)
        for (int back = 8; back < 35; back += 3) {
            runs.add(run(AS_OF.minusDays(back), 60, 10, 140, 170));
        }
        // recent: same speed at HR 150 (EF 1.111: -6.7 %)
        runs.add(run(AS_OF.minusDays(1), 60, 10, 150, 170));
        runs.add(run(AS_OF.minusDays(4), 60, 10, 150, 170));
        // a hard run (HR 165 > 0.9 x 170 = 153) is not easy and is left out
        runs.add(run(AS_OF, 40, 9, 165, 180));
        EfficiencyTrend.Result r = EfficiencyTrend.of(runs, PHYS, AS_OF);
        assertThat(r.recentRuns()).isEqualTo(2);
        assertThat(r.baselineEf()).isCloseTo(10000 / 60.0 / 140, within(1e-9));
        assertThat(r.changePct()).isCloseTo((140.0 / 150 - 1) * 100, within(1e-9));
        assertThat(r.dropped()).isTrue();
    }

    @Test
    void hrAtFixedPaceFromTheLineOfEachWindow() {
        List<RunSummary> runs = new ArrayList<>();
        // baseline: HR = 60 + 30 v, recent: HR = 66 + 30 v, speeds 2.5 .. 3.3 m/s
        double[] speeds = {2.5, 2.7, 2.9, 3.1, 3.3};
        for (int i = 0; i < 10; i++) {
            double v = speeds[i % 5];
            runs.add(run(AS_OF.minusDays(15 + 4 * i), 50, v * 3.0, 60 + 30 * v, 170));
        }
        for (int i = 0; i < 5; i++) {
            double v = speeds[i];
            runs.add(run(AS_OF.minusDays(2 * i), 50, v * 3.0, 66 + 30 * v, 170));
        }
        HrAtPaceTrend.Result r = HrAtPaceTrend.of(runs, AS_OF);
        assertThat(r.referenceSpeedMPerS()).isCloseTo(2.9, within(1e-9));
        assertThat(r.changeBpm()).isCloseTo(6.0, within(1e-9));
        assertThat(r.risen()).isTrue();
    }

    @Test
    void hrAtPaceWhenEveryRunIsAtTheSamePace() {
        List<RunSummary> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            runs.add(run(AS_OF.minusDays(20 + 3 * i), 50, 9, 140, 170));
            if (i < 3) {
                runs.add(run(AS_OF.minusDays(3 * i), 50, 9, 142, 170));
            }
        }
        HrAtPaceTrend.Result r = HrAtPaceTrend.of(runs, AS_OF);
        assertThat(r.changeBpm()).isCloseTo(2.0, within(1e-9));
        assertThat(r.risen()).isFalse();
    }

    @Test
    void cadenceSpeedLine() {
        List<RunSummary> runs = new ArrayList<>();
        double[] speeds = {2.5, 2.8, 3.1, 3.4};
        for (int i = 0; i < 8; i++) {
            double v = speeds[i % 4];
            runs.add(run(AS_OF.minusDays(30 + 5 * i), 45, v * 2.7, 140, 140 + 10 * v));
            runs.add(run(AS_OF.minusDays(3 * i), 45, v * 2.7, 140, 135 + 10 * v));
        }
        CadenceTrend.Result r = CadenceTrend.of(runs, AS_OF);
        assertThat(r.slopeSpmPerMS()).isCloseTo(10, within(1e-9));
        assertThat(r.changeSpm()).isCloseTo(-5, within(1e-9));
        assertThat(r.recentRuns()).isEqualTo(8);
    }

    @Test
    void weeklyVolumeAndChange() {
        List<RunSummary> runs = List.of(
                run(AS_OF, 60, 12, 140, 170),
                run(AS_OF.minusDays(6), 30, 6, 140, 170),
                run(AS_OF.minusDays(7), 50, 10, 140, 170),      // previous week
                run(AS_OF.minusDays(14), 50, 10, 140, 170));    // outside both
        WeeklyVolume.Result r = WeeklyVolume.of(runs, AS_OF);
        assertThat(r.distanceKm()).isCloseTo(18, within(1e-9));
        assertThat(r.runs()).isEqualTo(2);
        assertThat(r.hours()).isCloseTo(1.5, within(1e-9));
        assertThat(r.previousDistanceKm()).isCloseTo(10, within(1e-9));
        assertThat(r.changePct()).isCloseTo(80, within(1e-9));
    }
}
