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

    /**
     * A runner who weighed every morning of the last week (6 of 7 days) does weigh "3 or more times
     * a week"; the trend still needs 8 weighings over 28 days. The hint must say what is missing and
     * how much there is, not ask for what was given.
     */
    @Test
    void tooFewWeighingsSayHowManyAreNeededAndHowManyThereAre() {
        TestInput t = new TestInput();
        for (int d = 5; d >= 0; d--) {
            t.day(d, null, null, null, 71.0 - 0.1 * (5 - d), null, null, null);
        }
        t.focusRun(45, 140, Map.of());
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNKNOWN);
        assertThat(a.missing()).anyMatch(m -> m.contains("body_mass_kg") && m.contains("8") && m.contains("28 days")
                && m.contains("6 so far"));
    }
}
