package org.heavylegs.core.diagnosis.cause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.TestInput;
import org.junit.jupiter.api.Test;

/** Sleep comes from one source (wellness.csv) only, so by design it is at most possible. */
class SleepDebtTest {

    final SleepDebt cause = new SleepDebt();

    static TestInput nights(double recent, double before) {
        TestInput t = new TestInput();
        for (int d = 40; d >= 0; d--) {
            t.day(d, null, null, d < 7 ? recent : before, null, null, null, null);
        }
        t.focusRun(45, 140, Map.of());
        return t;
    }

    @Test
    void shortNightsBelowTheOwnNormalArePossible() {
        Assessment a = nights(5.8, 7.6).assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.POSSIBLE);
        assertThat(a.findings()).hasSize(2);
    }

    @Test
    void eightHoursIsUnlikely() {
        assertThat(nights(8.0, 8.0).assess(cause).likelihood()).isEqualTo(Likelihood.UNLIKELY);
    }

    @Test
    void withoutSleepDataItIsUnknown() {
        TestInput t = new TestInput();
        t.focusRun(45, 140, Map.of());
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNKNOWN);
        assertThat(a.missing()).anyMatch(m -> m.contains("sleep_h"));
    }
}
