package org.heavylegs.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.heavylegs.core.athlete.LabTest;
import org.junit.jupiter.api.Test;

class DiagnoserTest {

    static TestInput dehydratedWithAClaudicationAnswer() {
        TestInput t = new TestInput().allNo();
        t.claudication = true;
        t.lab(10, LabTest.HEMOGLOBIN, 150);
        t.focusRun(95, 150, Map.of("mass_loss_pct", 3.2, "heat_index_c", 34.0, "temperature_c", 32.0,
                "temperature_source", "runs.csv", "sweat_rate_l_per_h", 1.5));
        return t;
    }

    @Test
    void everyCauseIsListedHighestScoreFirst() {
        Diagnosis d = Diagnoser.diagnose(dehydratedWithAClaudicationAnswer().build());
        assertThat(d.causes()).extracting(Assessment::cause).containsExactlyInAnyOrderElementsOf(Causes.ids());
        List<Double> scores = d.causes().stream().map(Assessment::score).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(d.causes().get(0).likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void redFlagsComeWithTheDoctorFirstInThePlan() {
        Diagnosis d = Diagnoser.diagnose(dehydratedWithAClaudicationAnswer().build());
        assertThat(d.redFlags()).extracting(RedFlag::id).containsExactly("claudication");
        assertThat(d.plan()).extracting(PlanItem::strategy).startsWith(StrategyIds.SEE_A_DOCTOR).contains(StrategyIds.HYDRATION);
        assertThat(d.plan().get(0).actions().get(0)).contains("claudication");
    }

    @Test
    void onlyStrategiesThatALikelyOrPossibleCauseCallsForArePlanned() {
        Diagnosis d = Diagnoser.diagnose(dehydratedWithAClaudicationAnswer().build());
        for (PlanItem p : d.plan()) {
            boolean called = d.causes().stream().anyMatch(a -> (a.likelihood() == Likelihood.LIKELY
                    || a.likelihood() == Likelihood.POSSIBLE) && a.strategies().contains(p.strategy()));
            assertThat(called || (p.strategy().equals(StrategyIds.SEE_A_DOCTOR) && !d.redFlags().isEmpty()))
                    .as(p.strategy()).isTrue();
        }
    }

    @Test
    void assumptionsAndTheFocusRunAreReported() {
        TestInput t = dehydratedWithAClaudicationAnswer();
        Diagnosis d = Diagnoser.diagnose(t.build());
        assertThat(d.athlete()).isEqualTo("Test");
        assertThat(d.asOf()).isEqualTo(TestInput.AS_OF);
        assertThat(d.focusFile()).endsWith(".fit");
        assertThat(d.focusStart()).isNotNull();
        assertThat(d.assumptions()).anyMatch(s -> s.contains("hr_tss")).anyMatch(s -> s.contains("28 days"));
    }

    @Test
    void withoutAnyRunEveryCauseIsStillAssessed() {
        TestInput t = new TestInput();
        t.day(0, 50.0, 60.0, 7.0, 70.0, null, null, null);
        Diagnosis d = Diagnoser.diagnose(t.build());
        assertThat(d.causes()).hasSize(Causes.all().size());
        assertThat(d.focusFile()).isNull();
        assertThat(d.assumptions()).anyMatch(s -> s.startsWith("no run up to"));
        assertThat(d.causes()).noneMatch(a -> a.likelihood() == Likelihood.LIKELY);
    }

    @Test
    void aSecondRowForTheFocusRunIsAWarningNotATimeZoneGuessAndAFarRowStillIs() {
        TestInput t = dehydratedWithAClaudicationAnswer();
        t.logFocus(70.0, 68.0, 500.0, null, null, null);
        t.log.add(new org.heavylegs.core.athlete.RunLogEntry(TestInput.AS_OF,
                TestInput.AS_OF.atTime(7, 5).toInstant(java.time.ZoneOffset.UTC), null, null, 300.0, null, null, null, null,
                null, null, null, null, null, "runs.csv:3"));
        t.log.add(new org.heavylegs.core.athlete.RunLogEntry(TestInput.AS_OF,
                TestInput.AS_OF.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC), null, null, 300.0, null, null, null, null,
                null, null, null, null, null, "runs.csv:4"));
        Diagnosis d = Diagnoser.diagnose(t.build());
        assertThat(d.problems()).singleElement().asString().as("a warning: the row was used").startsWith("warning: runs.csv:3: starts 5 min from the run recorded at")
                .contains("which line 2 already logs");
        assertThat(d.assumptions()).filteredOn(s -> s.contains("matched no recorded run"))
                .singleElement().asString().startsWith("runs.csv:4 ");
    }
}
