package org.heavylegs.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.history.AthleteData;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.core.metric.SyntheticRun;
import org.heavylegs.core.metric.load.HrTss;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    /** Ten daily runs; every activity gets a distinct source and start. */
    private static List<Activity> runs(int n) {
        List<Activity> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Activity a = SyntheticRun.of(3000)
                    .constant(Channel.SPEED_M_S, 3.0 + 0.05 * i)
                    .constant(Channel.CADENCE_SPM, 168 + i)
                    .with(Channel.HEART_RATE_BPM, t -> 140 + t / 300)
                    .build();
            out.add(new Activity("run" + i + ".fit", a.format(), a.sport(), a.subSport(),
                    a.start().plus(Duration.ofDays(i)), a.streams(), a.laps(), a.pauses(), a.rrS(), a.summary(),
                    a.device(), a.warnings()));
        }
        return out;
    }

    private static AthleteData data(List<Activity> acts) {
        List<RunSummary> summaries = acts.stream().map(a -> RunSummary.of(a, ZoneOffset.UTC)).toList();
        return new AthleteData(Athlete.UNKNOWN, ZoneOffset.UTC, true, summaries, List.of(), List.of(), List.of(), List.of());
    }

    private static ActivityReloader reloader(List<Activity> acts, List<String> asked) {
        Map<String, Activity> bySource = new HashMap<>();
        acts.forEach(a -> bySource.put(a.source(), a));
        return run -> {
            asked.add(run.source());
            return Optional.ofNullable(bySource.get(run.source()));
        };
    }

    @Test
    void focusIsTheLatestRunWithStreamsAndFullMetrics() {
        List<Activity> acts = runs(10);
        List<String> asked = new ArrayList<>();
        DiagnosisInput in = Analysis.prepare(data(acts), null, null, 28, reloader(acts, asked));

        assertThat(in.history().asOf()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(in.focusRun().source()).isEqualTo("run9.fit");
        assertThat(in.focusActivity()).isSameAs(acts.get(9));
        assertThat(in.focusMetrics().number(HrTss.KEY)).isGreaterThan(0);
        assertThat(in.history().activities()).allSatisfy(r -> {
            assertThat(r.metrics()).containsKey(HrTss.KEY);
            assertThat(r.load()).isCloseTo(r.metrics().get(HrTss.KEY), org.assertj.core.api.Assertions.within(r.load() * 0.01));
        });
        assertThat(in.trends().fitness()).isNotNull();
        assertThat(asked).hasSize(10);
    }

    @Test
    void asOfCutsTheHistoryAndRunsOutsideTheMetricWindowAreNotReread() {
        List<Activity> acts = runs(10);
        List<String> asked = new ArrayList<>();
        DiagnosisInput in = Analysis.prepare(data(acts), LocalDate.of(2026, 5, 5), "run2.fit", 28, reloader(acts, asked));
        assertThat(in.history().activities()).hasSize(5);
        assertThat(in.focusRun().source()).isEqualTo("run2.fit");
        assertThat(asked).containsExactly("run0.fit", "run1.fit", "run2.fit", "run3.fit", "run4.fit");
    }

    @Test
    void unknownFocusRunIsAnError() {
        List<Activity> acts = runs(2);
        assertThatThrownBy(() -> Analysis.prepare(data(acts), null, "nope.fit", 28, ActivityReloader.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope.fit");
    }

    @Test
    void withoutStreamsTheFocusRunHasNoMetricsButTheHistoryStands() {
        List<Activity> acts = runs(3);
        DiagnosisInput in = Analysis.prepare(data(acts), null, null, 28, ActivityReloader.NONE);
        assertThat(in.focusRun()).isNotNull();
        assertThat(in.focusActivity()).isNull();
        assertThat(in.focusMetrics()).isNull();
        assertThat(in.history().activities()).allSatisfy(r -> assertThat(r.load()).isPositive());
    }

    /**
     * A focus run chosen with --run (or the latest run before a later --as-of) that lies before the
     * metric window is still the run the diagnosis is about: it is reread and gets its metrics, as
     * a recent one does; the other old runs are not reread.
     */
    @Test
    void aFocusRunOlderThanTheMetricWindowIsStillRereadAndGetsItsMetrics() {
        List<Activity> acts = runs(10);
        List<String> asked = new ArrayList<>();
        LocalDate asOf = LocalDate.of(2026, 5, 1).plusDays(Analysis.METRIC_HISTORY_DAYS + 20L);
        DiagnosisInput in = Analysis.prepare(data(acts), asOf, "run3.fit", 28, reloader(acts, asked));
        assertThat(in.focusRun().source()).isEqualTo("run3.fit");
        assertThat(in.focusActivity()).isSameAs(acts.get(3));
        assertThat(in.focusMetrics()).isNotNull();
        assertThat(in.focusMetrics().number(HrTss.KEY)).isGreaterThan(0);
        assertThat(asked).containsExactly("run3.fit");
    }
}
