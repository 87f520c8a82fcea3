package org.heavylegs.core.diagnosis.cause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.TestInput;
import org.junit.jupiter.api.Test;

class ElectrolyteImbalanceTest {

    final ElectrolyteImbalance cause = new ElectrolyteImbalance();

    @Test
    void lowSodiumAndAnUnreplacedSaltLossAreLikely() {
        TestInput t = new TestInput();
        t.lab(5, LabTest.SODIUM, 131).lab(5, LabTest.POTASSIUM, 4.1);
        t.focusRun(140, 145, Map.of("sodium_balance_mg", -4200.0, "sodium_loss_mg", 4200.0, "sweat_loss_l", 3.3));
        t.logFocus(70.0, 69.6, 2900.0, null, 0.0, null);
        t.cramps = true;
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(a.findings()).anyMatch(f -> f.marker().equals("water_replaced_pct") && f.supports());
        assertThat(a.findings()).as("a normal potassium does not argue against a low sodium")
                .noneMatch(f -> f.marker().equals("potassium"));
        assertThat(a.strategies()).contains(StrategyIds.ELECTROLYTES, StrategyIds.SEE_A_DOCTOR, StrategyIds.HYDRATION);
    }

    @Test
    void normalLabsAndACoveredBalanceAreUnlikely() {
        TestInput t = new TestInput();
        t.lab(10, LabTest.SODIUM, 140).lab(10, LabTest.POTASSIUM, 4.3).lab(10, LabTest.MAGNESIUM, 0.9);
        t.focusRun(70, 140, Map.of("sodium_balance_mg", -300.0));
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNLIKELY);
    }

    @Test
    void withoutLabsOrRunLogItIsUnknown() {
        TestInput t = new TestInput();
        t.focusRun(50, 140, Map.of());
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNKNOWN);
        assertThat(a.missing()).anyMatch(m -> m.contains("labs.csv")).anyMatch(m -> m.contains("sodium_mg"));
    }

    @Test
    void crampsAndADiureticAloneAreAtMostPossible() {
        TestInput t = new TestInput();
        t.cramps = true;
        t.medications = java.util.Set.of("diuretic");
        t.focusRun(50, 140, Map.of());
        assertThat(t.assess(cause).likelihood()).isEqualTo(Likelihood.POSSIBLE);
    }

    @Test
    void labsOlderThanTheWindowAreNotUsed() {
        TestInput t = new TestInput();
        t.lab(200, LabTest.SODIUM, 128);
        t.focusRun(50, 140, Map.of());
        assertThat(t.assess(cause).likelihood()).isEqualTo(Likelihood.UNKNOWN);
    }
}
