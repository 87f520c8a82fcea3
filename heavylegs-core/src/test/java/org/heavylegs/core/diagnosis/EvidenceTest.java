package org.heavylegs.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The scoring rules of SCIENCE.md section 12 as {@link Evidence} applies them. */
class EvidenceTest {

    static Finding f(boolean supports, Strength s) {
        return Finding.numeric("m", 1, "", "> 0", supports, s, "test");
    }

    @Test
    void noEvidenceIsUnknownWithScoreZero() {
        Assessment a = new Evidence("x").missing("log y").strategies("hydration").assess();
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNKNOWN);
        assertThat(a.score()).isZero();
        assertThat(a.missing()).containsExactly("log y");
        assertThat(a.strategies()).as("an unknown cause calls for nothing").isEmpty();
    }

    @Test
    void aFindingKeepsHowFullyItsRuleIsMet() {
        Assessment a = new Evidence("x")
                .add(Source.RECENT_RUNS, f(true, Strength.MODERATE), Evidence.ramp(30, 0, 50))
                .add(Source.FOCUS_RUN, f(true, Strength.STRONG)).assess();
        Finding partial = a.findings().stream().filter(x -> x.strength() == Strength.MODERATE).findFirst().orElseThrow();
        assertThat(partial.degree()).isCloseTo(0.6, within(1e-9));
        assertThat(partial.partial()).isTrue();
        Finding full = a.findings().stream().filter(x -> x.strength() == Strength.STRONG).findFirst().orElseThrow();
        assertThat(full.degree()).isEqualTo(1.0);
        assertThat(full.partial()).isFalse();
        assertThat(f(true, Strength.WEAK).withDegree(0.996).partial()).as("1.00 at two decimals is in full").isFalse();
    }

    @Test
    void oneFullGradeAMarkerFromASourceThatCanShowItIsLikely() {
        Assessment a = new Evidence("x", Source.LABS).add(Source.LABS, f(true, Strength.STRONG)).strategies("see_a_doctor").assess();
        assertThat(a.likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(a.score()).isCloseTo(0.5, within(1e-9));
        assertThat(a.strategies()).containsExactly("see_a_doctor");
    }

    @Test
    void aSourceThatCannotShowTheCauseNeverMakesItLikely() {
        Assessment a = new Evidence("x", Source.LABS)
                .add(Source.QUESTIONNAIRE, f(true, Strength.STRONG))
                .add(Source.PROFILE, f(true, Strength.MODERATE)).assess();
        assertThat(a.likelihood()).isEqualTo(Likelihood.POSSIBLE);
    }

    @Test
    void evidenceIsCappedPerSourceAndOneSourceIsNotEnough() {
        Evidence e = new Evidence("x");
        for (int i = 0; i < 5; i++) {
            e.add(Source.FOCUS_RUN, f(true, Strength.MODERATE));
        }
        assertThat(e.support()).isEqualTo(Evidence.SOURCE_CAP);
        assertThat(e.assess().likelihood()).as("one stream cannot dominate").isEqualTo(Likelihood.POSSIBLE);
        e.add(Source.WELLNESS, f(true, Strength.WEAK));
        assertThat(e.assess().likelihood()).isEqualTo(Likelihood.LIKELY);
    }

    @Test
    void evidenceAgainstDecidesUnlikelyOnlyWhenThereIsEnoughOfIt() {
        assertThat(new Evidence("x").add(Source.LABS, f(false, Strength.WEAK)).assess().likelihood())
                .isEqualTo(Likelihood.UNKNOWN);
        assertThat(new Evidence("x").add(Source.LABS, f(false, Strength.MODERATE)).assess().likelihood())
                .isEqualTo(Likelihood.UNLIKELY);
        Assessment mixed = new Evidence("x").add(Source.LABS, f(false, Strength.MODERATE))
                .add(Source.WELLNESS, f(true, Strength.MODERATE)).assess();
        assertThat(mixed.likelihood()).as("as much for as against decides nothing").isEqualTo(Likelihood.UNKNOWN);
    }

    @Test
    void evidenceAgainstLowersTheScoreAndCanBlockLikely() {
        Evidence e = new Evidence("x").add(Source.RUN_LOG, f(true, Strength.STRONG)).add(Source.ENVIRONMENT, f(true, Strength.WEAK));
        double alone = e.assess().score();
        e.add(Source.LABS, f(false, Strength.MODERATE));
        Assessment a = e.assess();
        assertThat(a.score()).isLessThan(alone);
        assertThat(a.likelihood()).as("1.3 for, 0.6 against: margin 0.7").isEqualTo(Likelihood.LIKELY);
        e.add(Source.WELLNESS, f(false, Strength.WEAK));
        assertThat(e.assess().likelihood()).as("margin 0.4").isEqualTo(Likelihood.POSSIBLE);
    }

    @Test
    void degreesScaleTheWeightAndZeroAddsNothing() {
        Evidence e = new Evidence("x").add(Source.LABS, f(true, Strength.STRONG), 0.0).add(Source.LABS, f(true, Strength.MODERATE), Double.NaN);
        assertThat(e.assess().findings()).isEmpty();
        e.add(Source.LABS, f(true, Strength.STRONG), 0.5);
        assertThat(e.support()).isCloseTo(0.5, within(1e-12));
        e.add(Source.LABS, f(true, Strength.STRONG), 7);
        assertThat(e.support()).as("degree clamped to 1, source capped").isEqualTo(1.0);
    }

    @Test
    void findingsAreListedStrongestSupportFirst() {
        Finding weak = Finding.numeric("weak", 1, "", "", true, Strength.WEAK, "t");
        Finding strong = Finding.numeric("strong", 1, "", "", true, Strength.STRONG, "t");
        Finding against = Finding.numeric("against", 1, "", "", false, Strength.STRONG, "t");
        Assessment a = new Evidence("x").add(Source.LABS, weak).add(Source.LABS, against).add(Source.WELLNESS, strong).assess();
        assertThat(a.findings()).extracting(Finding::marker).containsExactly("strong", "weak", "against");
    }

    @Test
    void rampAndNumbers() {
        assertThat(Evidence.ramp(1.5, 1, 2)).isEqualTo(0.5);
        assertThat(Evidence.ramp(158, 164, 153)).isCloseTo(6 / 11.0, within(1e-12));
        assertThat(Evidence.ramp(Double.NaN, 0, 1)).isZero();
        assertThat(Evidence.ramp(5, 0, 1)).isEqualTo(1);
        assertThat(Evidence.num(2.0)).isEqualTo("2");
        assertThat(Evidence.num(0.85)).isEqualTo("0.85");
        assertThat(Evidence.num(3000)).isEqualTo("3000");
        assertThat(Evidence.num(32.2)).isEqualTo("32.2");
    }
}
