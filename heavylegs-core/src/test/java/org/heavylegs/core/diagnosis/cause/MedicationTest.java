package org.heavylegs.core.diagnosis.cause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.TestInput;
import org.junit.jupiter.api.Test;

/** An empty medication list cannot tell "none" from "not given", so the cause is never unlikely. */
class MedicationTest {

    final Medication cause = new Medication();

    @Test
    void aDiureticWithLowPotassiumIsLikely() {
        TestInput t = new TestInput();
        t.medications = Set.of("diuretic");
        t.lab(10, LabTest.POTASSIUM, 3.2);
        t.focusRun(45, 140, Map.of());
        assertThat(t.assess(cause).likelihood()).isEqualTo(Likelihood.LIKELY);
    }

    @Test
    void aStatinAloneIsPossible() {
        TestInput t = new TestInput();
        t.medications = Set.of("statin");
        t.focusRun(45, 140, Map.of());
        assertThat(t.assess(cause).likelihood()).isEqualTo(Likelihood.POSSIBLE);
    }

    @Test
    void noListedMedicineIsUnknown() {
        TestInput t = new TestInput();
        t.focusRun(45, 140, Map.of());
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNKNOWN);
        assertThat(a.missing()).anyMatch(m -> m.contains("medications"));
    }
}
