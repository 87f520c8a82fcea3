package org.heavylegs.core.diagnosis.cause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.TestInput;
import org.junit.jupiter.api.Test;

class HeatStressTest {

    final HeatStress cause = new HeatStress();

    @Test
    void aBlackFlagRunIsLikely() {
        TestInput t = new TestInput();
        t.focusRun(60, 150, Map.of("wbgt_est_c", 29.5, "heat_index_c", 35.0));
        assertThat(t.assess(cause).likelihood()).isEqualTo(Likelihood.LIKELY);
    }

    @Test
    void coolAirIsUnlikely() {
        TestInput t = new TestInput();
        t.focusRun(60, 150, Map.of("wbgt_est_c", 12.0, "heat_index_c", 14.0));
        assertThat(t.assess(cause).likelihood()).isEqualTo(Likelihood.UNLIKELY);
    }

    @Test
    void withoutAirTemperatureItIsUnknown() {
        TestInput t = new TestInput();
        t.focusRun(60, 150, Map.of("temperature_c", 33.0, "temperature_source", "device sensor"));
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNKNOWN);
        assertThat(a.missing()).anyMatch(m -> m.contains("humidity_pct"));
    }
}
