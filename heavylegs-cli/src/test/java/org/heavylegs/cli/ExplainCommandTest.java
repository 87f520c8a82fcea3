package org.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.heavylegs.report.explain.Explanations;
import org.junit.jupiter.api.Test;

/** heavylegs explain: the list, one cause, the FAQ, and an unknown cause as a usage error. */
class ExplainCommandTest {

    @Test
    void withoutArgumentListsEveryCauseWithOneLine() {
        HeavyLegsTest.Result r = HeavyLegsTest.run("explain");
        assertThat(r.code()).isZero();
        for (String id : Explanations.ids()) {
            assertThat(r.out()).contains("  " + id + " ");
        }
        assertThat(r.out().indexOf("biomechanics")).isLessThan(r.out().indexOf("heat_stress"));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void oneCausePrintsItsExplanation() {
        HeavyLegsTest.Result r = HeavyLegsTest.run("explain", "glycogen_depletion");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Glycogen depletion (glycogen_depletion)")
                .contains("How it makes legs feel heavy", "What in your data shows it", "What helps", "References",
                        "Jeukendrup", "not a medical diagnosis");
        for (String line : r.out().split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
        }
    }

    @Test
    void anUnknownCauseIsAUsageErrorListingTheValidIds() {
        HeavyLegsTest.Result r = HeavyLegsTest.run("explain", "tired_legs");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown cause 'tired_legs'", "dehydration", "biomechanics", "medication",
                "explain --help");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void faqAnswersTheSixQuestions() {
        HeavyLegsTest.Result r = HeavyLegsTest.run("explain", "--faq");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("1. What in the body", "6. Can anemia make my legs heavy?");
    }

    @Test
    void faqWithACauseIsAUsageError() {
        assertThat(HeavyLegsTest.run("explain", "--faq", "anemia").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpNamesTheValidCauses() {
        HeavyLegsTest.Result r = HeavyLegsTest.run("explain", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("CAUSE", "inadequate_warmup", "--faq");
        assertThat(HeavyLegsTest.run("--help").out()).contains("explain");
    }
}
