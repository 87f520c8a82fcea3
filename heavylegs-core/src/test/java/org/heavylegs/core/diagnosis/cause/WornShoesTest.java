package org.heavylegs.core.diagnosis.cause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.TestInput;
import org.junit.jupiter.api.Test;

/** Shoe distance is one weak marker (grade C): it can make the cause possible, never likely or unlikely. */
class WornShoesTest {

    final WornShoes cause = new WornShoes();

    static Assessment with(Double km) {
        TestInput t = new TestInput();
        t.shoeKm = km;
        t.focusRun(45, 140, Map.of());
        return t.assess(new WornShoes());
    }

    @Test
    void nineHundredKilometresArePossible() {
        assertThat(with(900.0).likelihood()).isEqualTo(Likelihood.POSSIBLE);
        assertThat(with(650.0).score()).isGreaterThan(0).isLessThan(with(900.0).score());
    }

    @Test
    void newShoesArgueAgainstButOnlyWeakly() {
        Assessment a = with(150.0);
        assertThat(a.findings()).singleElement().satisfies(f -> assertThat(f.supports()).isFalse());
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNKNOWN);
    }

    @Test
    void withoutShoeKmItIsUnknown() {
        Assessment a = with(null);
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNKNOWN);
        assertThat(a.missing()).anyMatch(m -> m.contains("shoe_km"));
    }
}
