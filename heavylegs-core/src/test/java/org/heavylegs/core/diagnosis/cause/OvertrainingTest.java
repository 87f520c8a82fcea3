package org.heavylegs.core.diagnosis.cause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.TestInput;
import org.junit.jupiter.api.Test;

class OvertrainingTest {

    final Overtraining cause = new Overtraining();

    /** Ten weeks of 45-min runs five days a week, then (if {@code spike}) 14 days of faster 100-min runs without rest. */
    static TestInput history(boolean spike) {
        TestInput t = new TestInput();
        for (int d = 70; d >= 1; d--) {
            boolean lastTwoWeeks = d < 14;
            if (spike && lastTwoWeeks) {
                t.run(d, 100, 20, 152, Map.of());
            } else if (d % 7 != 2 && d % 7 != 5) {
                t.run(d, 45, 140);
            }
        }
        if (spike) {
            t.run(0, 100, 20, 152, Map.of());
        } else {
            t.run(0, 45, 140);
        }
        return t;
    }

    /** 70 days of wellness; the last 7 show a tired athlete when {@code tired}. */
    static void wellness(TestInput t, boolean tired) {
        for (int d = 69; d >= 0; d--) {
            boolean last = tired && d < 7;
            double noise = (d * 7 % 5 - 2) * 0.6;
            t.day(d, last ? 57.0 : 48 + noise, last ? 45.0 : 72 + 2 * noise, last ? 6.3 : 7.6, 70.0,
                    last ? 7.0 : 2.0 + (d % 3) * 0.3, last ? 7.0 : 2.0 + (d % 2) * 0.4, last ? 3.0 : 7.0);
        }
    }

    @Test
    void aSpikeWithoutRestAndATiredAthleteIsLikely() {
        TestInput t = history(true);
        wellness(t, true);
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(a.findings()).anyMatch(f -> f.marker().equals("hrv_ln_rmssd_7d") && f.supports())
                .anyMatch(f -> f.marker().equals("resting_hr_delta_bpm") && f.supports())
                .anyMatch(f -> f.marker().equals("rest_days_14d") && f.supports());
        assertThat(a.strategies()).containsExactly(StrategyIds.REST_RECOVERY, StrategyIds.GRADUAL_LOAD);
    }

    @Test
    void steadyLoadWithRestDaysAndNormalWellnessIsUnlikely() {
        TestInput t = history(false);
        wellness(t, false);
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNLIKELY);
        assertThat(a.findings()).noneMatch(f -> f.supports());
    }

    @Test
    void aLoadSpikeAloneIsAtMostPossible() {
        TestInput t = history(true);
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.POSSIBLE);
        assertThat(a.missing()).anyMatch(m -> m.contains("hrv_rmssd_ms"));
    }

    @Test
    void runsWithoutHeartRateAndNoWellnessAreUnknown() {
        TestInput t = new TestInput();
        for (int d = 20; d >= 1; d--) {
            t.run(d, 45, Double.NaN);
        }
        t.focusRun(45, Double.NaN, Map.of());
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNKNOWN);
        assertThat(a.missing()).anyMatch(m -> m.contains("heart rate")).anyMatch(m -> m.contains("hrv_rmssd_ms"));
    }

    /**
     * A week of soreness and fatigue answers has no normal to compare with yet (the baseline needs 14
     * days before the last 7): the hint must say that, not ask for the answers the runner gave.
     */
    @Test
    void aWeekOfWellnessAnswersSaysTheBaselineNeedsTwoWeeksBefore() {
        TestInput t = history(false);
        for (int d = 6; d >= 0; d--) {
            t.day(d, null, null, null, null, 6.0, 7.0, 3.0);
        }
        Assessment a = t.assess(cause);
        assertThat(a.missing()).anyMatch(m -> m.contains("soreness") && m.contains("14 days before the last 7"));
    }
}
