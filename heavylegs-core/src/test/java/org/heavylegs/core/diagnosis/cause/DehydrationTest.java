package org.heavylegs.core.diagnosis.cause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.TestInput;
import org.junit.jupiter.api.Test;

class DehydrationTest {

    final Dehydration cause = new Dehydration();

    @Test
    void threePercentLostInTheHeatIsLikely() {
        TestInput t = new TestInput();
        t.focusRun(95, 150, Map.of("mass_loss_pct", 3.0, "heat_index_c", 33.0, "temperature_c", 31.0,
                "temperature_source", "runs.csv", "decoupling_pct", 7.0));
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(a.findings().get(0).marker()).isEqualTo("mass_loss_pct");
        assertThat(a.strategies()).containsExactly(StrategyIds.HYDRATION);
    }

    @Test
    void littleLossOnEveryLoggedRunInCoolAirIsUnlikely() {
        TestInput t = new TestInput();
        for (int d = 2; d <= 12; d += 3) {
            t.run(d, 60, 140, Map.of("mass_loss_pct", 0.5));
        }
        t.focusRun(60, 140, Map.of("mass_loss_pct", 0.4, "temperature_c", 8.0, "temperature_source", "runs.csv"));
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNLIKELY);
        assertThat(a.strategies()).isEmpty();
    }

    @Test
    void withoutMassesOrWeatherItIsUnknownAndSaysWhatToLog() {
        TestInput t = new TestInput();
        t.focusRun(50, 140, Map.of("decoupling_pct", 3.0));
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNKNOWN);
        assertThat(a.findings()).isEmpty();
        assertThat(a.missing()).anyMatch(m -> m.contains("pre_mass_kg")).anyMatch(m -> m.contains("temperature_c"));
    }

    @Test
    void heatAndDriftWithoutMassesAreNeverEnoughForLikely() {
        TestInput t = new TestInput();
        for (int d = 1; d <= 10; d++) {
            t.run(d, 60, 150, Map.of("heat_index_c", 35.0));
        }
        t.focusRun(90, 150, Map.of("heat_index_c", 36.0, "decoupling_pct", 9.0, "temperature_c", 33.0,
                "temperature_source", "runs.csv"));
        t.darkUrine = true;
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.POSSIBLE);
    }

    @Test
    void theWatchsOwnTemperatureIsNotAir() {
        TestInput t = new TestInput();
        t.focusRun(60, 140, Map.of("temperature_c", 5.0, "temperature_source", "device sensor"));
        Assessment a = t.assess(cause);
        assertThat(a.findings()).noneMatch(f -> f.marker().equals("temperature_c"));
    }
}
