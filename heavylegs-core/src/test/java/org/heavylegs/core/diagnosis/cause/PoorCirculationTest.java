package org.heavylegs.core.diagnosis.cause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.TestInput;
import org.junit.jupiter.api.Test;

class PoorCirculationTest {

    final PoorCirculation cause = new PoorCirculation();

    @Test
    void claudicationInAnOlderDiabeticWithRegularStopsIsLikely() {
        TestInput t = new TestInput().allNo();
        t.claudication = true;
        t.birthYear = 1966;
        t.conditions = Set.of("diabetes");
        t.lab(30, LabTest.HBA1C, 7.4);
        t.focusRun(60, 135, Map.of("stop_pattern", "regular", "stop_count", 5.0));
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(a.findings().get(0).marker()).isEqualTo("claudication");
        assertThat(a.strategies()).containsExactly(StrategyIds.SEE_A_DOCTOR);
        assertThat(a.missing()).anyMatch(m -> m.contains("ankle-brachial"));
    }

    @Test
    void allCirculationQuestionsAnsweredNoIsUnlikely() {
        TestInput t = new TestInput().allNo();
        t.focusRun(60, 140, Map.of("stop_pattern", "none"));
        assertThat(t.assess(cause).likelihood()).isEqualTo(Likelihood.UNLIKELY);
    }

    @Test
    void unansweredQuestionsAreUnknownNeverNo() {
        TestInput t = new TestInput();
        t.focusRun(60, 140, Map.of());
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNKNOWN);
        assertThat(a.findings()).isEmpty();
        assertThat(a.missing()).anyMatch(m -> m.contains("claudication"));
    }

    @Test
    void regularStopsAloneCannotMakeItLikely() {
        TestInput t = new TestInput();
        for (int d = 1; d <= 10; d++) {
            t.run(d, 60, 140, Map.of("stop_count", 4.0, "stop_bout_cv", 0.1, "stop_median_s", 120.0));
        }
        t.focusRun(60, 140, Map.of("stop_pattern", "regular"));
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.POSSIBLE);
    }

    @Test
    void heavinessWorseStandingWithVaricoseVeinsIsLikely() {
        TestInput t = new TestInput();
        t.worseStanding = true;
        t.legSwelling = org.heavylegs.core.athlete.LegSwelling.BOTH;
        t.conditions = Set.of("varicose_veins");
        t.focusRun(45, 140, Map.of());
        assertThat(t.assess(cause).likelihood()).isEqualTo(Likelihood.LIKELY);
    }
}
