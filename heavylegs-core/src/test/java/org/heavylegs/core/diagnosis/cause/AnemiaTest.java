package org.heavylegs.core.diagnosis.cause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.TestInput;
import org.junit.jupiter.api.Test;

class AnemiaTest {

    final Anemia cause = new Anemia();

    @Test
    void lowHemoglobinAndEmptyStoresAreLikely() {
        TestInput t = new TestInput();
        t.sex = Sex.FEMALE;
        t.lab(5, LabTest.HEMOGLOBIN, 108).lab(5, LabTest.FERRITIN, 9);
        t.focusRun(45, 150, Map.of());
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(a.findings().get(0).threshold()).contains("120").contains("women");
    }

    @Test
    void theCutOffDependsOnSex() {
        TestInput woman = new TestInput();
        woman.sex = Sex.FEMALE;
        woman.lab(5, LabTest.HEMOGLOBIN, 125);
        woman.focusRun(45, 150, Map.of());
        assertThat(woman.assess(cause).findings()).anyMatch(f -> f.marker().equals("hemoglobin") && !f.supports());
        TestInput man = new TestInput();
        man.lab(5, LabTest.HEMOGLOBIN, 125);
        man.focusRun(45, 150, Map.of());
        assertThat(man.assess(cause).likelihood()).isEqualTo(Likelihood.LIKELY);
    }

    @Test
    void normalHemoglobinAndFullStoresAreUnlikely() {
        TestInput t = new TestInput();
        t.lab(10, LabTest.HEMOGLOBIN, 150).lab(10, LabTest.FERRITIN, 90).lab(10, LabTest.CRP, 1);
        t.focusRun(45, 150, Map.of());
        assertThat(t.assess(cause).likelihood()).isEqualTo(Likelihood.UNLIKELY);
    }

    @Test
    void withoutLabsItIsNeverLikelyNorUnlikely() {
        TestInput t = new TestInput();
        t.sex = Sex.FEMALE;
        t.breathlessness = true;
        t.heavyBleeding = true;
        t.diet = java.util.Set.of("vegetarian");
        t.focusRun(45, 150, Map.of());
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.POSSIBLE);
        assertThat(a.missing()).anyMatch(m -> m.contains("hemoglobin and ferritin"));

        TestInput none = new TestInput();
        none.focusRun(45, 150, Map.of());
        assertThat(none.assess(cause).likelihood()).isEqualTo(Likelihood.UNKNOWN);
    }

    @Test
    void fullStoresDoNotArgueAgainstALowHemoglobin() {
        TestInput t = new TestInput();
        t.lab(10, LabTest.HEMOGLOBIN, 118).lab(10, LabTest.FERRITIN, 120);
        t.focusRun(45, 150, Map.of());
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(a.findings()).noneMatch(f -> !f.supports());
    }

    @Test
    void ferritinIsNotTrustedWhenCrpIsRaised() {
        TestInput t = new TestInput();
        t.lab(10, LabTest.HEMOGLOBIN, 150).lab(10, LabTest.FERRITIN, 90).lab(10, LabTest.CRP, 20);
        t.focusRun(45, 150, Map.of());
        Assessment a = t.assess(cause);
        assertThat(a.findings()).noneMatch(f -> f.marker().equals("ferritin"));
        assertThat(a.missing()).anyMatch(m -> m.contains("CRP"));
    }
}
