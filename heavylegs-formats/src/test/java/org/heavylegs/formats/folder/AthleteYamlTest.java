package org.heavylegs.formats.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.LegSwelling;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.core.history.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class AthleteYamlTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    /** The example of DESIGN.md 2.2, with timezone added. */
    static final String DESIGN_EXAMPLE = """
            name: Alex
            sex: female              # female | male
            birth_year: 1988
            height_cm: 168
            body_mass_kg: 58.5
            hr_max: 189              # else estimated, and said so
            hr_rest: 48              # else from wellness.csv, else assumed
            threshold_hr: 172
            threshold_pace: "4:35"   # min:sec per km
            conditions: [diabetes, peripheral_artery_disease, varicose_veins, venous_insufficiency]
            medications: [diuretic, statin, beta_blocker]
            diet: [vegetarian]
            warmup_min_typical: 0
            shoe_km: 850
            timezone: Europe/Berlin
            symptoms:
              heavy_legs_since_days: 14
              heaviness_first_km_only: false   # eases after 10-15 min
              heaviness_worse_standing: false  # worse standing/late in the day, better with legs raised
              claudication: false              # leg pain on walking that goes within 10 min of standing still
              leg_swelling: none               # none | both | one_side
              calf_pain_at_rest: false
              chest_pain: false
              dizziness: false
              breathlessness: false
              cramps: true
              numbness: false
              heavy_menstrual_bleeding: false
              dark_urine: false
            """;

    static AthleteYaml.Result parse(String text) {
        return AthleteYaml.parse("alex/athlete.yaml", text, TODAY);
    }

    @Test
    void readsTheDesignExample() {
        AthleteYaml.Result r = parse(DESIGN_EXAMPLE);
        assertThat(r.problems()).isEmpty();
        Athlete a = r.athlete();
        assertThat(a.name()).isEqualTo("Alex");
        assertThat(a.sex()).isEqualTo(Sex.FEMALE);
        assertThat(a.birthYear()).isEqualTo(1988);
        assertThat(a.bodyMassKg()).isEqualTo(58.5);
        assertThat(a.hrMax()).isEqualTo(189.0);
        assertThat(a.hrRest()).isEqualTo(48.0);
        assertThat(a.thresholdHr()).isEqualTo(172.0);
        assertThat(a.thresholdPaceSPerKm()).isEqualTo(275.0);
        assertThat(a.conditions()).containsExactlyInAnyOrder("diabetes", "peripheral_artery_disease", "varicose_veins", "venous_insufficiency");
        assertThat(a.medications()).contains("beta_blocker");
        assertThat(a.diet()).containsExactly("vegetarian");
        assertThat(a.warmupMinTypical()).isEqualTo(0.0);
        assertThat(a.shoeKm()).isEqualTo(850.0);
        assertThat(a.timezone()).isEqualTo("Europe/Berlin");
        assertThat(r.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(a.symptoms().heavyLegsSinceDays()).isEqualTo(14);
        assertThat(a.symptoms().cramps()).isTrue();
        assertThat(a.symptoms().chestPain()).isFalse();
        assertThat(a.symptoms().legSwelling()).isEqualTo(LegSwelling.NONE);
    }

    @Test
    void unquotedPaceIsReadAsWritten() {
        // YAML 1.1 would read 4:35 as the base-60 integer 275; we read the text as the user wrote it
        assertThat(parse("threshold_pace: 4:35\n").athlete().thresholdPaceSPerKm()).isEqualTo(275.0);
        assertThat(parse("threshold_pace: 4:35/km\n").athlete().thresholdPaceSPerKm()).isEqualTo(275.0);
    }

    @Test
    void badValuesNameFileLineAndKeyAndAreNotUsed() {
        AthleteYaml.Result r = parse("""
                name: Alex
                hr_max: abc
                hr_rest: 400
                sex: other
                threshold_pace: "4:75"
                birth_year: 2030
                timezone: Mars/Olympus
                symptoms:
                  cramps: maybe
                  leg_swelling: left
                """);
        assertThat(r.problems()).extracting(InputProblem::toString).containsExactlyInAnyOrder(
                "alex/athlete.yaml:2: hr_max: 'abc' is not a number; treated as not given",
                "alex/athlete.yaml:3: hr_rest: 400 is not plausible (expected between 25 and 150 bpm); treated as not given",
                "alex/athlete.yaml:4: sex: 'other' is not female or male; treated as not given",
                "alex/athlete.yaml:5: threshold_pace: '4:75' is not a pace per km such as \"4:35\" (minutes:seconds, in quotes); treated as not given",
                "alex/athlete.yaml:6: birth_year: 2030 is not plausible (expected between 1900 and 2021); treated as not given",
                "alex/athlete.yaml:7: timezone: 'Mars/Olympus' is not a time zone such as Europe/Berlin or UTC; treated as not given",
                "alex/athlete.yaml:9: symptoms.cramps: 'maybe' is not true or false; treated as not given",
                "alex/athlete.yaml:10: symptoms.leg_swelling: 'left' is not none, both or one_side; treated as not given");
        assertThat(r.problems()).allMatch(InputProblem::refused);
        Athlete a = r.athlete();
        assertThat(a.name()).isEqualTo("Alex");
        assertThat(a.hrMax()).isNull();
        assertThat(a.hrRest()).isNull();
        assertThat(a.sex()).isNull();
        assertThat(r.zone()).isNull();
        assertThat(a.symptoms().cramps()).isNull();
    }

    @Test
    void contradictoryHeartRatesAreRefused() {
        AthleteYaml.Result r = parse("hr_max: 120\nhr_rest: 125\nthreshold_hr: 130\n");
        assertThat(r.problems()).extracting(InputProblem::toString).containsExactly(
                "alex/athlete.yaml:2: hr_rest: hr_rest 125 is not below hr_max 120; treated as not given",
                "alex/athlete.yaml:3: threshold_hr: threshold_hr 130 is not between hr_rest and hr_max; treated as not given");
        assertThat(r.athlete().hrMax()).isEqualTo(120.0);
    }

    @Test
    void unknownKeysWarnOnly() {
        AthleteYaml.Result r = parse("name: Alex\nfavourite_shoe: Pegasus\nsymptoms:\n  itchy: true\nconditions: [asthma]\n");
        assertThat(r.problems()).extracting(InputProblem::toString).containsExactly(
                "alex/athlete.yaml:2: favourite_shoe: unknown key ignored (known: name, sex, birth_year, height_cm, body_mass_kg, "
                        + "hr_max, hr_rest, threshold_hr, threshold_pace, conditions, medications, diet, warmup_min_typical, "
                        + "shoe_km, timezone, symptoms)",
                "alex/athlete.yaml:4: symptoms.itchy: unknown key ignored (known: heavy_legs_since_days, heaviness_first_km_only, "
                        + "heaviness_worse_standing, claudication, leg_swelling, calf_pain_at_rest, chest_pain, dizziness, "
                        + "breathlessness, cramps, numbness, heavy_menstrual_bleeding, dark_urine)",
                "alex/athlete.yaml:5: conditions: 'asthma' is not one HeavyLegs uses (known: diabetes, peripheral_artery_disease, "
                        + "varicose_veins, venous_insufficiency); kept");
        assertThat(r.problems()).noneMatch(InputProblem::refused);
        assertThat(r.athlete().conditions()).containsExactly("asthma");
    }

    @Test
    void aMisspeltKnownKeyIsRefusedWithDidYouMean() {
        // chest pain is a red flag: an answer lost to a typo must not pass as "all well" (exit 0)
        AthleteYaml.Result r = parse("name: Alex\nhrmax: 189\nsymptoms:\n  chest_pian: true\n");
        assertThat(r.problems()).extracting(InputProblem::toString).containsExactly(
                "alex/athlete.yaml:2: hrmax: unknown key ignored (did you mean 'hr_max'?): its value was not used; correct the key to use it",
                "alex/athlete.yaml:4: symptoms.chest_pian: unknown key ignored (did you mean 'chest_pain'?): its value was not used; "
                        + "correct the key to use it");
        assertThat(r.problems()).allMatch(InputProblem::refused);
        assertThat(r.athlete().name()).isEqualTo("Alex");
    }

    @Test
    void duplicateKeyKeepsTheFirst() {
        AthleteYaml.Result r = parse("hr_max: 190\nhr_max: 150\n");
        assertThat(r.athlete().hrMax()).isEqualTo(190.0);
        assertThat(r.problems()).extracting(InputProblem::toString)
                .containsExactly("alex/athlete.yaml:2: hr_max: given twice (first on line 1); the first value is used");
    }

    @Test
    void brokenYamlIsRefusedWithItsLine() {
        AthleteYaml.Result r = parse("name: Alex\nhr_max: [190\nsex: female\n");
        assertThat(r.athlete()).isEqualTo(Athlete.UNKNOWN);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.refused()).isTrue();
            assertThat(p.toString()).startsWith("alex/athlete.yaml:").contains("not valid YAML");
        });
    }

    @Test
    void aListAtTheTopIsRefusedAndEmptyIsAWarning() {
        assertThat(parse("- name: Alex\n").problems()).singleElement().matches(InputProblem::refused);
        assertThat(parse("# nothing yet\n").problems()).singleElement().matches(p -> !p.refused());
    }

    @Test
    void typeTagsConstructNothing() {
        AthleteYaml.Result r = parse("name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n");
        // SnakeYAML 2 refuses global tags while composing; nothing is ever constructed from a node anyway
        assertThat(r.athlete()).isEqualTo(Athlete.UNKNOWN);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.refused()).isTrue();
            assertThat(p.toString()).startsWith("alex/athlete.yaml:1: not valid YAML (Global tag is not allowed");
        });
    }

    @Test
    @Timeout(10)
    void aliasBombIsRefused() {
        StringBuilder y = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        y.append("name: Alex\n");
        AthleteYaml.Result r = parse(y.toString());
        assertThat(r.problems()).anyMatch(InputProblem::refused);
    }
}
