package org.heavylegs.report.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.heavylegs.report.Fixtures;
import org.junit.jupiter.api.Test;

class ExplainTextTest {
    private static void fits(String text) {
        for (String line : text.split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(ExplainText.WIDTH);
        }
    }

    @Test
    void everyRenderingFitsIn80Columns() {
        fits(ExplainText.list());
        fits(ExplainText.faq(null));
        fits(ExplainText.faq(Fixtures.diagnosis()));
        for (Explanation e : Explanations.all()) {
            fits(ExplainText.cause(e));
        }
    }

    @Test
    void faqWithADiagnosisQuotesTheRunnersNumbers() {
        assertThat(ExplainText.faq(Fixtures.diagnosis())).contains("   > For you, dehydration is likely: your body-mass loss");
        assertThat(ExplainText.faq(null)).doesNotContain("For you");
    }
}
