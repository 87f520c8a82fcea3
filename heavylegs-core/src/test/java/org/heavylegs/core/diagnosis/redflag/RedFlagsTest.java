package org.heavylegs.core.diagnosis.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LegSwelling;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.TestInput;
import org.heavylegs.core.diagnosis.Urgency;
import org.heavylegs.core.athlete.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every red flag is raised when its trigger is present, and never otherwise (issue 6 quality bar). */
class RedFlagsTest {

    /** A healthy athlete: every question answered "no", normal labs, one easy run. */
    static TestInput healthy() {
        TestInput t = new TestInput().allNo();
        t.heavyLegsSinceDays = 10;
        t.lab(20, LabTest.HEMOGLOBIN, 150).lab(20, LabTest.FERRITIN, 80).lab(20, LabTest.SODIUM, 140)
                .lab(20, LabTest.POTASSIUM, 4.2).lab(20, LabTest.MAGNESIUM, 0.85).lab(20, LabTest.CALCIUM, 2.4);
        t.focusRun(50, 140, Map.of());
        return t;
    }

    static Set<String> raised(TestInput t) {
        DiagnosisInput in = t.build();
        return RedFlags.all().stream().map(r -> r.check(in)).flatMap(o -> o.stream()).map(RedFlag::id)
                .collect(Collectors.toSet());
    }

    static RedFlag flag(TestInput t, String id) {
        DiagnosisInput in = t.build();
        return RedFlags.all().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().check(in).orElseThrow();
    }

    @Test
    void aHealthyAthleteRaisesNone() {
        assertThat(raised(healthy())).isEmpty();
    }

    @Test
    void unansweredQuestionsRaiseNone() {
        TestInput t = new TestInput();
        t.focusRun(50, 140, Map.of());
        assertThat(raised(t)).isEmpty();
    }

    static Stream<Arguments> triggers() {
        return Stream.of(
                trigger("one-sided swelling", t -> t.legSwelling = LegSwelling.ONE_SIDE, Set.of("suspected_dvt"), Urgency.URGENT),
                trigger("calf pain at rest", t -> t.calfPainAtRest = true, Set.of("suspected_dvt"), Urgency.URGENT),
                trigger("breathless with a painful calf", t -> {
                    t.calfPainAtRest = true;
                    t.breathlessness = true;
                }, Set.of("suspected_dvt", "possible_pulmonary_embolism"), Urgency.EMERGENCY),
                trigger("claudication", t -> t.claudication = true, Set.of("claudication"), Urgency.URGENT),
                trigger("sodium 133", t -> t.lab(5, LabTest.SODIUM, 133), Set.of("hyponatremia"), Urgency.ROUTINE),
                trigger("sodium 128", t -> t.lab(5, LabTest.SODIUM, 128), Set.of("hyponatremia"), Urgency.URGENT),
                trigger("mass gained over a 4.5 h run", t -> {
                    t.runs.clear();
                    t.focus.clear();
                    t.focusRun(270, 140, Map.of());
                    t.logFocus(70.0, 70.8, 4500.0, null, null, null);
                }, Set.of("hyponatremia"), Urgency.URGENT),
                trigger("hemoglobin 125 in a man", t -> t.lab(5, LabTest.HEMOGLOBIN, 125), Set.of("anemia"), Urgency.URGENT),
                trigger("ferritin 12", t -> t.lab(5, LabTest.FERRITIN, 12), Set.of("anemia"), Urgency.URGENT),
                trigger("chest pain", t -> t.chestPain = true, Set.of("chest_pain"), Urgency.EMERGENCY),
                trigger("dark urine", t -> t.darkUrine = true, Set.of("dark_urine"), Urgency.URGENT),
                trigger("dizziness", t -> t.dizziness = true, Set.of("dizziness"), Urgency.URGENT),
                trigger("dizziness and breathlessness", t -> {
                    t.dizziness = true;
                    t.breathlessness = true;
                }, Set.of("dizziness"), Urgency.EMERGENCY),
                trigger("potassium 2.8", t -> t.lab(5, LabTest.POTASSIUM, 2.8), Set.of("abnormal_potassium"), Urgency.URGENT),
                trigger("potassium 6.3", t -> t.lab(5, LabTest.POTASSIUM, 6.3), Set.of("abnormal_potassium"), Urgency.URGENT),
                trigger("magnesium 0.45", t -> t.lab(5, LabTest.MAGNESIUM, 0.45), Set.of("low_magnesium"), Urgency.URGENT),
                trigger("calcium 2.0", t -> t.lab(5, LabTest.CALCIUM, 2.0), Set.of("abnormal_calcium"), Urgency.ROUTINE),
                trigger("calcium 2.0 with cramps", t -> {
                    t.lab(5, LabTest.CALCIUM, 2.0);
                    t.cramps = true;
                }, Set.of("abnormal_calcium"), Urgency.URGENT),
                trigger("numbness", t -> t.numbness = true, Set.of("numbness"), Urgency.URGENT),
                trigger("diabetes with heavy legs", t -> t.conditions = Set.of("diabetes"), Set.of("diabetes_leg_symptoms"),
                        Urgency.ROUTINE),
                trigger("varicose veins, worse standing", t -> {
                    t.conditions = Set.of("varicose_veins");
                    t.worseStanding = true;
                }, Set.of("venous_disease"), Urgency.ROUTINE));
    }

    static Arguments trigger(String name, Consumer<TestInput> change, Set<String> flags, Urgency top) {
        return Arguments.of(name, change, flags, top);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("triggers")
    void eachTriggerRaisesExactlyItsFlags(String name, Consumer<TestInput> change, Set<String> flags, Urgency top) {
        TestInput t = healthy();
        change.accept(t);
        assertThat(raised(t)).isEqualTo(flags);
        Urgency most = flags.stream().map(id -> flag(t, id).urgency()).min(Enum::compareTo).orElseThrow();
        assertThat(most).isEqualTo(top);
        for (String id : flags) {
            RedFlag f = flag(t, id);
            assertThat(f.message()).isNotBlank();
            assertThat(f.evidence()).isNotEmpty();
        }
    }

    @Test
    void valuesJustInsideTheLimitsRaiseNone() {
        TestInput t = healthy();
        t.lab(1, LabTest.SODIUM, 135).lab(1, LabTest.POTASSIUM, 3.0).lab(1, LabTest.MAGNESIUM, 0.5)
                .lab(1, LabTest.HEMOGLOBIN, 130).lab(1, LabTest.FERRITIN, 15).lab(1, LabTest.CALCIUM, 2.15);
        assertThat(raised(t)).isEmpty();
    }

    @Test
    void aWomansHemoglobinOf125IsNormal() {
        TestInput t = healthy();
        t.sex = Sex.FEMALE;
        t.lab(5, LabTest.HEMOGLOBIN, 125);
        assertThat(raised(t)).isEmpty();
    }

    @Test
    void massGainedOnAShortRunOrLongAgoIsNoFlag() {
        TestInput shortRun = healthy();
        shortRun.logFocus(70.0, 70.3, 800.0, null, null, null);
        assertThat(raised(shortRun)).isEmpty();

        TestInput old = healthy();
        old.run(5, 270, 140);
        old.log.add(new RunLogEntry(TestInput.AS_OF.minusDays(5), TestInput.AS_OF.minusDays(5).atTime(7, 0)
                .toInstant(ZoneOffset.UTC), 70.0, 71.0, 5000.0, null, null, null, null, null, null, null, null, null, "runs.csv:3"));
        assertThat(raised(old)).isEmpty();
    }

    @Test
    void breathlessnessAloneRaisesNoneItIsAnAnaemiaSign() {
        TestInput t = healthy();
        t.breathlessness = true;
        assertThat(raised(t)).isEmpty();
    }

    @Test
    void diabetesWithoutAnyLegSymptomRaisesNone() {
        TestInput t = healthy();
        t.heavyLegsSinceDays = null;
        t.conditions = Set.of("diabetes");
        assertThat(raised(t)).isEmpty();
    }

    @Test
    void calciumIsCorrectedForAlbumin() {
        TestInput t = healthy();
        t.lab(3, LabTest.CALCIUM, 2.10).lab(3, LabTest.ALBUMIN, 30);
        assertThat(raised(t)).as("2.10 corrects to 2.30 with albumin 30 (Payne)").isEmpty();
    }

    @Test
    void theListHoldsEveryRuleOnce() {
        List<String> ids = RedFlags.all().stream().map(RedFlagRule::id).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("suspected_dvt", "claudication", "hyponatremia", "anemia",
                "chest_pain", "dark_urine");
    }
}
