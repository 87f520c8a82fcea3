package org.heavylegs.report.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.report.Fixtures;
import org.junit.jupiter.api.Test;

/** The article's six questions, answered generally and then with the runner's own numbers. */
class FaqTest {

    @Test
    void sixQuestionsInTheArticlesOrder() {
        assertThat(Faq.entries()).hasSize(6);
        assertThat(Faq.entries().get(1).causes()).containsExactly("dehydration");
        assertThat(Faq.entries().get(5).causes()).containsExactly("anemia");
    }

    @Test
    void withoutADiagnosisTheAnswersAreGeneral() {
        assertThat(Faq.answers(null)).allSatisfy(a -> assertThat(a.personal()).isNull());
    }

    @Test
    void withADiagnosisTheAnswersCarryTheRunnersNumbers() {
        List<Faq.Answer> a = Faq.answers(Fixtures.diagnosis());
        assertThat(a.get(0).personal()).isEqualTo("For you, the data points most to overtraining and dehydration: they are likely.");
        assertThat(a.get(1).personal()).startsWith("For you, dehydration is likely: your body-mass loss over the run was 2.4 % (rule > 2 %)");
        assertThat(a.get(3).personal()).contains("overtraining is likely", "4.08 ln ms");
        assertThat(a.get(2).personal()).contains("electrolyte imbalance is unlikely", "139 mmol/L", "argues against it");
        assertThat(a.get(5).personal()).isEqualTo("For you, anemia or low iron is unknown: hemoglobin and ferritin in labs.csv would decide this.");
    }

    @Test
    void whenNothingIsLikelyTheOverviewSaysSo() {
        Diagnosis d = Fixtures.diagnosis();
        List<Assessment> unknown = d.causes().stream()
                .map(x -> new Assessment(x.cause(), Likelihood.UNKNOWN, 0, List.of(), x.missing(), List.of())).toList();
        Diagnosis sparse = new Diagnosis(d.athlete(), d.asOf(), 28, null, null, List.of(), unknown, List.of(), List.of(),
                List.of());
        assertThat(Faq.answers(sparse).get(0).personal()).isEqualTo("For you, there is not yet enough data to weigh any cause.");
    }

    @Test
    void keyFindingsAgreeWithTheVerdictFirst() {
        Assessment overtraining = Fixtures.diagnosis().causes().get(0);
        assertThat(Faq.keyFindings(overtraining, 2)).extracting(f -> f.marker())
                .containsExactly("hrv_ln_rmssd_7d", "resting_hr_delta_bpm");
    }
}
