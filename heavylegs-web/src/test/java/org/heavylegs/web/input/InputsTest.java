package org.heavylegs.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LegSwelling;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.formats.folder.AthleteYaml;
import org.junit.jupiter.api.Test;

/** The inputs are checked by the folder readers: same values accepted, same words, sorted by field. */
class InputsTest {

    static final LocalDate TODAY = LocalDate.parse("2026-03-20");

    @Test
    void everyWrongWellnessValueIsNamedOnItsOwnField() {
        Checked<?> c = WellnessInput.check(Submission.of(Map.of("date", "2026-03-01", "resting_hr", "400",
                "hrv_rmssd_ms", "1,5", "motivation", "11")), TODAY);
        assertThat(c.ok()).isFalse();
        assertThat(c.value()).isNull();
        assertThat(c.fieldErrors()).containsOnlyKeys("resting_hr", "hrv_rmssd_ms", "motivation");
        assertThat(c.fieldErrors().get("hrv_rmssd_ms")).isEqualTo("'1,5' is not a number");
        assertThat(c.fieldErrors().get("motivation")).isEqualTo("11 is not plausible (expected between 0 and 10)");
        assertThat(c.errors()).isEmpty();
    }

    @Test
    void valuesWithCommasQuotesAndLineBreaksSurviveTheCsvRoundTrip() {
        Checked<org.heavylegs.core.athlete.RunLogEntry> c = RunLogInput.check(Submission.of(Map.of("start", "2026-03-14",
                "notes", "hot, \"very\"\nhumid", "fluid_ml", "750")), ZoneId.of("UTC"), TODAY);
        assertThat(c.ok()).isTrue();
        assertThat(c.value().notes()).isEqualTo("hot, \"very\" humid");
        assertThat(c.value().fluidMl()).isEqualTo(750.0);
        assertThat(c.value().start()).isNull();
        assertThat(c.value().date()).isEqualTo(LocalDate.parse("2026-03-14"));
    }

    @Test
    void aLabValueIsConvertedAndADetectionLimitIsANote() {
        Checked<org.heavylegs.core.athlete.LabValue> c = LabInput.check(Submission.of(Map.of("date", "2026-03-01",
                "test", "crp", "value", "<0.5", "unit", "mg/dL")), TODAY);
        assertThat(c.ok()).isTrue();
        assertThat(c.value().test()).isEqualTo(LabTest.CRP);
        assertThat(c.value().value()).isEqualTo(5.0);
        assertThat(c.notes()).singleElement().asString().contains("detection limit");
        Checked<?> bad = LabInput.check(Submission.of(Map.of("date", "2026-03-01", "test", "hemoglobin", "value", "135",
                "unit", "g/dL")), TODAY);
        assertThat(bad.fieldErrors()).containsOnlyKeys("value");
        assertThat(bad.fieldErrors().get("value")).contains("135 g/dL is not plausible for hemoglobin (expected between 30 and 250 g/L)");
    }

    @Test
    void theProfileIsWrittenAsAthleteYamlThatTheReaderReadsBackAsGiven() {
        Submission s = new Submission(Map.of("name", List.of("Alex: the \"fast\" one"), "sex", List.of("female"),
                "birth_year", List.of("1988"), "body_mass_kg", List.of("58.5"), "threshold_pace", List.of("4:35"),
                "conditions", List.of("diabetes", "varicose_veins"), "timezone", List.of("Europe/Berlin"),
                "symptoms.leg_swelling", List.of("one_side"), "symptoms.cramps", List.of("false"),
                "symptoms.heavy_legs_since_days", List.of("14")));
        Checked<ProfileInput.Profile> c = ProfileInput.check(s, TODAY);
        assertThat(c.ok()).isTrue();
        var a = AthleteYaml.parse("x", c.value().yaml(), TODAY).athlete();
        assertThat(a.name()).isEqualTo("Alex: the \"fast\" one");
        assertThat(a.sex()).isEqualTo(Sex.FEMALE);
        assertThat(a.birthYear()).isEqualTo(1988);
        assertThat(a.bodyMassKg()).isEqualTo(58.5);
        assertThat(a.thresholdPaceSPerKm()).isEqualTo(275.0);
        assertThat(a.conditions()).containsExactlyInAnyOrder("diabetes", "varicose_veins");
        assertThat(a.symptoms().legSwelling()).isEqualTo(LegSwelling.ONE_SIDE);
        assertThat(a.symptoms().cramps()).isFalse();
        assertThat(a.symptoms().claudication()).as("not answered stays not answered").isNull();
        assertThat(a.symptoms().heavyLegsSinceDays()).isEqualTo(14);
        // and the form is filled in again with the same values
        Submission again = ProfileInput.fields(a);
        assertThat(again.first("threshold_pace")).isEqualTo("4:35");
        assertThat(again.first("body_mass_kg")).isEqualTo("58.5");
        assertThat(again.first("birth_year")).isEqualTo("1988");
        assertThat(again.first("symptoms.cramps")).isEqualTo("false");
        assertThat(again.first("symptoms.claudication")).isNull();
        assertThat(ProfileInput.check(again, TODAY).value().athlete()).isEqualTo(a);
    }

    @Test
    void profileErrorsAreOnTheirFieldsAndUnknownFieldsAreSaid() {
        Checked<?> c = ProfileInput.check(Submission.of(Map.of("sex", "x", "symptoms.leg_swelling", "left",
                "timezone", "Mars/Olympus", "favourite_colour", "blue")), TODAY);
        assertThat(c.fieldErrors()).containsOnlyKeys("sex", "symptoms.leg_swelling", "timezone");
        assertThat(c.fieldErrors().get("symptoms.leg_swelling")).isEqualTo("'left' is not none, both or one_side");
        assertThat(c.errors()).singleElement().asString().startsWith("unknown field 'favourite_colour'");
    }

    @Test
    void anEmptyProfileIsValidAndAnswersNothing() {
        Checked<ProfileInput.Profile> c = ProfileInput.check(new Submission(Map.of()), TODAY);
        assertThat(c.ok()).isTrue();
        assertThat(c.value().athlete().symptoms()).isEqualTo(org.heavylegs.core.athlete.Symptoms.UNANSWERED);
    }
}
