package org.heavylegs.core.diagnosis.cause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.TestInput;
import org.junit.jupiter.api.Test;

class MuscleFatigueTest {

    final MuscleFatigue cause = new MuscleFatigue();

    static void soreness(TestInput t, boolean sore) {
        for (int d = 40; d >= 0; d--) {
            t.day(d, null, null, null, null, sore && d < 7 ? 6.0 : 2.0 + (d % 3) * 0.3, null, null);
        }
    }

    @Test
    void lateFormDecayAndSorenessAreLikely() {
        TestInput t = new TestInput();
        soreness(t, true);
        t.focusRun(140, 145, Map.of("cadence_drop_pct", 4.0, "gct_rise_pct", 7.5, "vo_rise_pct", 6.5, "pace_fade_pct", -4.0));
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(a.findings()).anyMatch(f -> f.marker().equals("soreness_days_worse"));
    }

    @Test
    void aRunThatHoldsItsFormIsUnlikely() {
        TestInput t = new TestInput();
        soreness(t, false);
        t.focusRun(90, 145, Map.of("cadence_drop_pct", 0.5, "gct_rise_pct", 1.0, "vo_rise_pct", 0.8,
                "pace_fade_pct", -1.0, "decoupling_pct", 1.5));
        assertThat(t.assess(cause).likelihood()).isEqualTo(Likelihood.UNLIKELY);
    }

    @Test
    void withoutStreamsOrSorenessItIsUnknown() {
        TestInput t = new TestInput();
        t.run(0, 15, 140);
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNKNOWN);
        assertThat(a.missing()).anyMatch(m -> m.contains("soreness"));
    }

    @Test
    void heartRateDriftOnAHotRunIsNotMuscleFatigue() {
        TestInput t = new TestInput();
        t.focusRun(90, 150, Map.of("decoupling_pct", 9.0, "pace_fade_pct", -9.0, "heat_index_c", 33.0));
        Assessment a = t.assess(cause);
        assertThat(a.findings()).isEmpty();
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNKNOWN);
        assertThat(a.missing()).anyMatch(m -> m.contains("hot"));
    }
}
