package org.heavylegs.report.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.report.Fixtures;
import org.heavylegs.report.GoldenFiles;
import org.heavylegs.report.explain.Labels;
import org.junit.jupiter.api.Test;

/** The terminal answer: order, width, colour only on request, and clean of input control codes. */
class DiagnosisTextTest {

    @Test
    void everyLineFitsIn80Columns() {
        for (String line : DiagnosisText.render(Fixtures.diagnosis(), false).split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
        }
    }

    @Test
    void orderIsRedFlagsCausesPlanMissingAssumptionsProblemsDisclaimer() {
        String t = DiagnosisText.render(Fixtures.diagnosis(), false);
        int flags = t.indexOf("RED FLAGS");
        int causes = t.indexOf("CAUSES");
        int plan = t.indexOf("\nPLAN");
        int missing = t.indexOf("MISSING DATA");
        int assumptions = t.indexOf("ASSUMPTIONS");
        int problems = t.indexOf("INPUT PROBLEMS");
        int disclaimer = t.indexOf("HeavyLegs is not a medical diagnosis");
        assertThat(List.of(flags, causes, plan, missing, assumptions, problems, disclaimer)).isSorted();
        assertThat(flags).isPositive();
    }

    @Test
    void everyCauseIsListedWithItsLikelihoodInRankOrder() {
        String t = DiagnosisText.render(Fixtures.diagnosis(), false);
        int last = -1;
        for (Assessment a : Fixtures.diagnosis().causes()) {
            int at = t.indexOf(Labels.cause(a.cause()), t.indexOf("CAUSES"));
            assertThat(at).as(a.cause()).isGreaterThan(last);
            assertThat(t.substring(at, t.indexOf('\n', at))).contains(a.likelihood().key());
            last = at;
        }
    }

    @Test
    void aFindingOnItsWayToTheRuleSaysItCountsOnlyInPart() {
        String t = DiagnosisText.render(Fixtures.diagnosis(), false);
        String heat = t.substring(t.indexOf(Labels.cause("heat_stress")), t.indexOf(Labels.cause("worn_shoes")));
        assertThat(heat.replaceAll("\\s+", " ")).contains("30 % (rule >= 50 % of runs at heat index >= 26.7 C; partly met: counts 60 %;");
        assertThat(t.substring(0, t.indexOf(Labels.cause("heat_stress")))).doesNotContain("partly");
    }

    @Test
    void colourOnlyWhenAsked() {
        assertThat(DiagnosisText.render(Fixtures.diagnosis(), false)).doesNotContain("\u001b");
        assertThat(DiagnosisText.render(Fixtures.diagnosis(), true)).contains("\u001b[1;31m", "\u001b[0m");
    }

    @Test
    void controlCharactersFromInputCannotReachTheTerminal() {
        String evil = "name\u001b[2J\u001b]0;pwned\u0007\u202eend";
        String t = DiagnosisText.render(Fixtures.diagnosis(evil, "act/\u001b[31mred.fit"), false);
        assertThat(t).doesNotContain("\u001b", "\u0007", "\u202e").contains("name?[2J?]0;pwned??end", "act/?[31mred.fit");
    }

    @Test
    void withoutRedFlagsTheSectionIsLeftOut() {
        Diagnosis d = Fixtures.diagnosis();
        Diagnosis calm = new Diagnosis(d.athlete(), d.asOf(), d.windowDays(), d.focusFile(), d.focusStart(),
                d.assumptions(), d.causes(), List.of(), d.plan(), d.problems());
        assertThat(DiagnosisText.render(calm, false)).doesNotContain("RED FLAGS").contains("CAUSES");
    }

    @Test
    void scoreBar() {
        assertThat(DiagnosisText.bar(0.81)).isEqualTo("########--");
        assertThat(DiagnosisText.bar(0)).isEqualTo("----------");
        assertThat(DiagnosisText.bar(Double.NaN)).isEqualTo("----------");
        assertThat(DiagnosisText.bar(7)).isEqualTo("##########");
    }

    @Test
    void golden() {
        GoldenFiles.assertMatches("diagnosis.txt", DiagnosisText.render(Fixtures.diagnosis(), false));
    }
}
