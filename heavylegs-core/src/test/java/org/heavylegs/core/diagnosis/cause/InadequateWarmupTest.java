package org.heavylegs.core.diagnosis.cause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.TestInput;
import org.junit.jupiter.api.Test;

class InadequateWarmupTest {

    final InadequateWarmup cause = new InadequateWarmup();

    @Test
    void coldStartsAndHeavinessThatEasesAreLikely() {
        TestInput t = new TestInput();
        t.firstKmOnly = true;
        t.warmupMinTypical = 0.0;
        for (int d = 2; d <= 14; d += 2) {
            t.run(d, 50, 160, Map.of("warmup_min", 0.0));
        }
        t.focusRun(50, 165, Map.of("warmup_quality", "none", "warmup_min", 0.0, "hr_overshoot_bpm", 12.0));
        t.logFocus(null, null, null, null, null, 0.0);
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(a.strategies()).containsExactly(StrategyIds.WARMUP_COOLDOWN);
    }

    @Test
    void anAdequateWarmUpAndHeavinessThatPersistsAreUnlikely() {
        TestInput t = new TestInput();
        t.firstKmOnly = false;
        t.warmupMinTypical = 15.0;
        t.focusRun(60, 145, Map.of("warmup_quality", "adequate", "warmup_min", 14.0));
        assertThat(t.assess(cause).likelihood()).isEqualTo(Likelihood.UNLIKELY);
    }

    @Test
    void withoutTheRunsStartOrHabitsItIsUnknown() {
        TestInput t = new TestInput();
        t.run(3, 12, 140);
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNKNOWN);
        assertThat(a.missing()).anyMatch(m -> m.contains("warmup_min_typical"))
                .anyMatch(m -> m.contains("heaviness_first_km_only"));
    }

    @Test
    void theQuestionnaireAloneCannotShowAMissingWarmUp() {
        TestInput t = new TestInput();
        t.firstKmOnly = true;
        t.run(0, 12, 140);
        assertThat(t.assess(cause).likelihood()).isEqualTo(Likelihood.POSSIBLE);
    }
}
