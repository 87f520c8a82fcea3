package org.heavylegs.core.diagnosis.cause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.TestInput;
import org.junit.jupiter.api.Test;

class LowEnergyAvailabilityTest {

    final LowEnergyAvailability cause = new LowEnergyAvailability();

    static TestInput weighings(double kgPerDay) {
        TestInput t = new TestInput();
        for (int d = 35; d >= 0; d--) {
            t.day(d, null, null, null, 60 + kgPerDay * (35 - d), null, null, null);
        }
        t.focusRun(45, 140, Map.of());
        return t;
    }

    @Test
    void fallingMassLowFerritinAndARestrictiveDietAreLikely() {
        TestInput t = weighings(-0.1);
        t.lab(10, LabTest.FERRITIN, 18);
        t.diet = Set.of("vegan");
        assertThat(t.assess(cause).likelihood()).isEqualTo(Likelihood.LIKELY);
    }

    @Test
    void aStableMassIsUnlikely() {
        assertThat(weighings(0.0).assess(cause).likelihood()).isEqualTo(Likelihood.UNLIKELY);
    }

    @Test
    void withoutWeighingsItIsUnknown() {
        TestInput t = new TestInput();
        t.focusRun(45, 140, Map.of());
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNKNOWN);
        assertThat(a.missing()).anyMatch(m -> m.contains("body_mass_kg"));
    }
}
