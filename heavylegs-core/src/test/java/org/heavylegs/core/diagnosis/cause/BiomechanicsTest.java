package org.heavylegs.core.diagnosis.cause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.TestInput;
import org.junit.jupiter.api.Test;

class BiomechanicsTest {

    final Biomechanics cause = new Biomechanics();

    static Map<String, Double> dynamics(double cadence, double vr, double vo, double gct, double balance) {
        return Map.of("cadence_spm", cadence, "vertical_ratio_pct", vr, "vo_cm", vo, "gct_ms", gct, "gct_balance_pct", balance);
    }

    @Test
    void redBandsOnEveryRunAreLikely() {
        TestInput t = new TestInput();
        for (int d = 2; d <= 12; d += 2) {
            t.run(d, 50, 140, dynamics(150, 11, 11.6, 310, 47));
        }
        t.focusRun(50, 140, dynamics(149, 11.2, 11.4, 300, 47.1));
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(a.strategies()).containsExactly(StrategyIds.FOOTWEAR_FORM);
    }

    @Test
    void greenBandsAreUnlikely() {
        TestInput t = new TestInput();
        t.focusRun(50, 140, dynamics(176, 7.5, 8.0, 240, 50.2));
        assertThat(t.assess(cause).likelihood()).isEqualTo(Likelihood.UNLIKELY);
    }

    @Test
    void withoutDynamicsItIsUnknown() {
        TestInput t = new TestInput();
        t.focusRun(50, 140, Map.of());
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNKNOWN);
        assertThat(a.missing()).anyMatch(m -> m.contains("gait analysis"));
    }

    @Test
    void anOrangeBandCountsPartly() {
        TestInput t = new TestInput();
        t.focusRun(50, 140, Map.of("cadence_spm", 158.0));
        Assessment a = t.assess(cause);
        assertThat(a.findings()).singleElement().satisfies(f -> assertThat(f.supports()).isTrue());
        assertThat(a.score()).isGreaterThan(0).isLessThan(0.2);
    }
}
