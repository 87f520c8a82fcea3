package org.heavylegs.report.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every cause has its words, in the contract's ids, written by us and not lifted from the article. */
class ExplanationsTest {
    static final List<String> NINE = List.of("dehydration", "glycogen_depletion", "electrolyte_imbalance",
            "overtraining", "poor_circulation", "inadequate_warmup", "muscle_fatigue", "anemia", "biomechanics");
    static final List<String> EXTRAS = List.of("heat_stress", "sleep_debt", "low_energy_availability", "worn_shoes",
            "medication");
    /** Seven words in a row shared with the article counts as copying. */
    static final int COPY_RUN = 7;

    @Test
    void theNineCausesInTheArticlesOrderThenTheExtras() {
        List<String> expected = new ArrayList<>(NINE);
        expected.addAll(EXTRAS);
        assertThat(Explanations.ids()).containsExactlyElementsOf(expected);
    }

    @Test
    void everyExplanationIsComplete() {
        for (Explanation e : Explanations.all()) {
            assertThat(e.title()).as(e.id()).isNotBlank();
            assertThat(e.summary()).as(e.id()).isNotBlank().doesNotContain("\n").hasSizeLessThan(100);
            assertThat(e.mechanism()).as(e.id()).hasSizeGreaterThan(200).doesNotContain("\n");
            assertThat(e.evidence()).as(e.id()).hasSizeGreaterThan(100).doesNotContain("\n");
            assertThat(e.helps()).as(e.id()).hasSizeGreaterThan(80).doesNotContain("\n");
            assertThat(e.references()).as(e.id()).isNotEmpty();
        }
    }

    @Test
    void unknownIdsStillGetAReadableTitle() {
        assertThat(Explanations.title("new_cause")).isEqualTo("New cause");
        assertThat(Explanations.find("nope")).isEmpty();
        assertThat(Labels.cause("glycogen_depletion")).isEqualTo("Glycogen depletion");
    }

    @Test
    void noSentenceIsCopiedFromTheArticle() throws Exception {
        String corpus = System.getProperty("heavylegs.corpus");
        Path article = corpus == null ? null : Path.of(corpus).getParent().resolve("seed/heavy-legs-article.txt");
        Assumptions.assumeTrue(article != null && Files.exists(article),
                "the seed article is not here (" + article + "): copy check skipped");
        Set<String> runs = runs(Files.readString(article));
        assertThat(runs).as("the check can fail: an article sentence is found")
                .contains("dehydration is a significant contributor to the");
        List<String> ours = new ArrayList<>();
        for (Explanation e : Explanations.all()) {
            ours.addAll(List.of(e.summary(), e.mechanism(), e.evidence(), e.helps()));
        }
        for (Faq.Entry f : Faq.entries()) {
            ours.addAll(List.of(f.question(), f.answer()));
        }
        for (String text : ours) {
            List<String> words = words(text);
            for (int i = 0; i + COPY_RUN <= words.size(); i++) {
                String run = String.join(" ", words.subList(i, i + COPY_RUN));
                assertThat(runs).as("copied from the article: \"" + run + "\"").doesNotContain(run);
            }
        }
    }

    private static Set<String> runs(String text) {
        List<String> w = words(text);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + COPY_RUN <= w.size(); i++) {
            out.add(String.join(" ", w.subList(i, i + COPY_RUN)));
        }
        return out;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^a-z0-9%']+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
