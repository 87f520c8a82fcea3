package org.heavylegs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heavylegs.web.Served.fields;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.store.RunLog;
import org.heavylegs.store.Store;
import org.heavylegs.web.data.Origins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forms: checked on the server, saved in the store, errors said next to the field, values kept. */
class DashboardFormsTest {

    @TempDir
    Path dir;

    @Test
    void aWellnessDayIsSavedAndChangesTheOverview() {
        try (Served s = new Served(dir)) {
            String before = s.get("/").body();
            assertThat(before).contains("soreness in the wellness log would show muscle soreness after hard days");

            HttpResponse<String> r = s.postForm("/log/wellness", fields("date", "2026-03-19", "resting_hr", "48",
                    "hrv_rmssd_ms", "61.5", "sleep_h", "", "soreness", "3"));
            assertThat(r.statusCode()).isEqualTo(303);
            assertThat(r.headers().firstValue("Location")).hasValue("/log?saved=wellness");
            assertThat(s.get("/log?saved=wellness").body()).contains("Wellness day saved.", "2026-03-19: resting HR 48 bpm, HRV 61.5 ms, soreness 3 /10");

            String after = s.get("/").body();
            assertThat(after).contains("<strong id=\"as-of\">2026-03-19</strong>")
                    .doesNotContain("soreness in the wellness log would show muscle soreness after hard days")
                    .contains("1 wellness day,");
        }
        try (Store store = Store.open(dir.resolve("store.db"))) {
            assertThat(store.wellness().days(Origins.DASHBOARD)).containsExactly(
                    new WellnessDay(java.time.LocalDate.parse("2026-03-19"), 48.0, 61.5, null, null, 3.0, null, null, null, null));
        }
    }

    @Test
    void implausibleValuesAreRefusedNextToTheirFieldWithTheRangeAndWhatWasTypedIsKept() {
        try (Served s = new Served(dir)) {
            HttpResponse<String> r = s.postForm("/log/wellness", fields("date", "2026-03-21", "resting_hr", "400",
                    "sleep_h", "seven", "fatigue", "4"));
            assertThat(r.statusCode()).isEqualTo(400);
            String html = r.body();
            assertThat(html).contains("Nothing was saved");
            assertThat(html).contains("<p class=\"error\" id=\"e-resting_hr\">400 is not plausible (expected between 25 and 150 bpm)</p>");
            assertThat(html).contains("<p class=\"error\" id=\"e-sleep_h\">'seven' is not a number</p>");
            assertThat(html).contains("<p class=\"error\" id=\"e-date\">2026-03-21 is in the future (today is 2026-03-20)</p>");
            assertThat(html).contains("id=\"f-fatigue\" name=\"fatigue\" type=\"text\" value=\"4\"");
            assertThat(html).contains("id=\"f-resting_hr\" name=\"resting_hr\" type=\"text\" value=\"400\"");
            assertThat(s.postForm("/log/wellness", fields("date", "2026-03-19")).body())
                    .contains("no value given: fill in at least one of");
        }
        try (Store store = Store.open(dir.resolve("store.db"))) {
            assertThat(store.wellness().days()).isEmpty();
        }
    }

    @Test
    void aLabValueIsConvertedWithCoreLabUnitsAndAnUnknownUnitIsSaidOnTheUnitField() {
        try (Served s = new Served(dir)) {
            assertThat(s.postForm("/log/labs", fields("date", "2026-03-01", "test", "hemoglobin", "value", "13.5",
                    "unit", "g/dL")).statusCode()).isEqualTo(303);
            assertThat(s.get("/log").body()).contains("2026-03-01 hemoglobin 13.5 g/dL = 135 g/L");
            HttpResponse<String> bad = s.postForm("/log/labs", fields("date", "2026-03-01", "test", "ferritin", "value", "30",
                    "unit", "mmol/L"));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("<p class=\"error\" id=\"e-unit\">'mmol/L' is not known for ferritin (use ng/mL, ug/L)</p>");
            assertThat(bad.body()).contains("<option value=\"ferritin\" selected>");
            HttpResponse<String> noTest = s.postForm("/log/labs", fields("date", "2026-03-01", "value", "30", "unit", "%"));
            assertThat(noTest.body()).contains("<p class=\"error\" id=\"e-test\">missing</p>");
        }
        try (Store store = Store.open(dir.resolve("store.db"))) {
            List<LabValue> labs = store.labs().values();
            assertThat(labs).singleElement().satisfies(v -> {
                assertThat(v.test()).isEqualTo(LabTest.HEMOGLOBIN);
                assertThat(v.value()).isEqualTo(135.0);
                assertThat(v.givenUnit()).isEqualTo("g/dL");
            });
        }
    }

    @Test
    void aRunLoggedOnItsPageIsLinkedToItAndShownThere() throws IOException {
        try (Served s = new Served(dir)) {
            s.upload("run.tcx", DashboardPagesTest.corpus(DashboardPagesTest.TCX));
            String runs = s.get("/runs").body();
            String id = runs.replaceAll("(?s).*<a href=\"/runs/(\\d+)\">.*", "$1");
            HttpResponse<String> r = s.postForm("/runs/" + id + "/log", fields("pre_mass_kg", "70.2", "post_mass_kg", "69.1",
                    "fluid_ml", "250", "notes", "hot <b>and</b> humid", "start", "2000-01-01"));
            assertThat(r.statusCode()).isEqualTo(303);
            String page = s.get("/runs/" + id + "?saved=runlog").body();
            assertThat(page).contains("Run log saved.")
                    .contains("body mass before 70.2 kg, body mass after 69.1 kg, fluid 250 mL")
                    .contains("<q>hot &lt;b&gt;and&lt;/b&gt; humid</q>");
            HttpResponse<String> bad = s.postForm("/runs/" + id + "/log", fields("rpe", "11"));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("<p class=\"error\" id=\"e-rpe\">11 is not plausible (expected between 0 and 10)</p>");
        }
        try (Store store = Store.open(dir.resolve("store.db"))) {
            List<RunLog.StoredEntry> log = store.runLog().entries();
            assertThat(log).singleElement().satisfies(e -> {
                assertThat(e.origin()).isEqualTo(Origins.DASHBOARD);
                assertThat(e.fileSha256()).isNotNull();
                assertThat(e.entry().start()).isEqualTo(java.time.Instant.parse("2012-10-19T06:15:36Z"));
                assertThat(e.entry().fluidMl()).isEqualTo(250.0);
            });
        }
    }

    @Test
    void aRunLogByStartIsReadInTheAthletesTimeZone() {
        try (Served s = new Served(dir)) {
            assertThat(s.postForm("/profile", fields("timezone", "Europe/Berlin")).statusCode()).isEqualTo(303);
            assertThat(s.postForm("/log/runlog", fields("start", "2026-03-14T07:30", "carbs_g", "45")).statusCode())
                    .isEqualTo(303);
            HttpResponse<String> bad = s.postForm("/log/runlog", fields("start", "14.03.2026", "carbs_g", "45"));
            assertThat(bad.body()).contains("id=\"e-run-start\">'14.03.2026' is not a date or date-time");
        }
        try (Store store = Store.open(dir.resolve("store.db"))) {
            assertThat(store.runLog().entries()).singleElement().satisfies(e ->
                    assertThat(e.entry().start()).isEqualTo(java.time.Instant.parse("2026-03-14T06:30:00Z")));
        }
    }

    @Test
    void theQuestionnaireIsKeptAsAthleteYamlAndFilledInAgainNotAnsweredStaysNotAnswered() {
        try (Served s = new Served(dir)) {
            HttpResponse<String> r = s.postForm("/profile", Map.of("name", "Alex <Runner>", "sex", "female",
                    "birth_year", "1988", "hr_max", "189", "threshold_pace", "4:35", "conditions", List.of("varicose_veins", "diabetes"),
                    "symptoms.cramps", "true", "symptoms.claudication", "false", "symptoms.leg_swelling", "one_side"));
            assertThat(r.statusCode()).isEqualTo(303);
            String form = s.get("/profile").body();
            assertThat(form).contains("value=\"Alex &lt;Runner>\"", "value=\"4:35\"", "value=\"189\"");
            assertThat(form).containsPattern("name=\"symptoms.cramps\" value=\"true\" checked");
            assertThat(form).containsPattern("name=\"symptoms.claudication\" value=\"false\" checked");
            assertThat(form).containsPattern("name=\"symptoms.dizziness\" value=\"\" checked");
            assertThat(form).containsPattern("name=\"conditions\" value=\"diabetes\" checked");
            assertThat(form).containsPattern("name=\"conditions\" value=\"peripheral_artery_disease\">");
            assertThat(s.get("/").body()).contains("<span class=\"who\">· Alex &lt;Runner&gt;</span>", "Questionnaire: answered");

            HttpResponse<String> bad = s.postForm("/profile", fields("birth_year", "88", "hr_max", "120", "hr_rest", "130", "height_cm", "1.68"));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("'88' is not a year such as 1988")
                    .contains("hr_rest 130 is not below hr_max 120")
                    .contains("id=\"e-height_cm\">1.68 is not plausible (expected between 100 and 250 cm)")
                    .doesNotContain("treated as not given");
        }
        try (Store store = Store.open(dir.resolve("store.db"))) {
            String yaml = store.profiles().find(Origins.DASHBOARD).orElseThrow().yaml();
            assertThat(yaml).contains("name: Alex <Runner>", "sex: female", "birth_year: 1988", "threshold_pace: '4:35'",
                    "symptoms:", "  cramps: true", "  leg_swelling: one_side");
        }
    }
}
