package org.heavylegs.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.PlanItem;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.Strength;
import org.heavylegs.core.diagnosis.Urgency;
import org.heavylegs.core.diagnosis.Causes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API of docs/api.md. */
class DashboardApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static JsonNode json(HttpResponse<String> r) throws IOException {
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    @Test
    void theDiagnosisHasTheShapeOfDesign23WithEveryCause() throws IOException {
        try (Served s = new Served(dir)) {
            JsonNode d = json(s.get("/api/diagnosis"));
            assertThat(d.get("as_of").asText()).isEqualTo("2026-03-20");
            assertThat(d.get("window_days").asInt()).isEqualTo(28);
            assertThat(d.get("athlete").isNull()).isTrue();
            assertThat(d.get("focus_run").isNull()).isTrue();
            List<String> causes = new ArrayList<>();
            d.get("causes").forEach(c -> {
                causes.add(c.get("cause").asText());
                assertThat(c.get("likelihood").asText()).isEqualTo("unknown");
                assertThat(c.has("score") && c.has("findings") && c.has("missing") && c.has("strategies")).isTrue();
            });
            assertThat(causes).containsExactlyInAnyOrderElementsOf(Causes.ids());
            assertThat(d.get("red_flags").isArray() && d.get("plan").isArray()).isTrue();
            assertThat(json(s.get("/api/diagnosis?as_of=2026-01-02")).get("as_of").asText()).isEqualTo("2026-01-02");
            HttpResponse<String> bad = s.get("/api/diagnosis?as_of=yesterday");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(json(bad).get("message").asText()).contains("as_of: 'yesterday' is not a date");
        }
    }

    @Test
    void whatTheDiagnosisSeamSaysIsWhatTheApiAndTheOverviewShowRedFlagsFirst() throws IOException {
        Diagnosis fake = new Diagnosis("Alex", LocalDate.parse("2026-03-20"), 28, "run.fit", Instant.parse("2026-03-20T07:00:00Z"),
                List.of("hr_max estimated"),
                List.of(new Assessment("overtraining", Likelihood.LIKELY, 0.81,
                        List.of(Finding.numeric("acwr", 1.62, "", "> 1.5", true, Strength.STRONG, "Gabbett 2016")),
                        List.of(), List.of("rest_recovery")),
                        new Assessment("anemia", Likelihood.UNKNOWN, 0, List.of(), List.of("ferritin would decide it"), List.of())),
                List.of(new RedFlag("suspected_dvt", Urgency.URGENT, "One swollen calf <b>with</b> pain at rest: see a doctor today.",
                        List.of("leg_swelling: one_side"))),
                List.of(new PlanItem("hydration", List.of("Drink to thirst"), Map.of("fluid_ml_per_h", 650.0))), List.of());
        try (Served s = new Served(dir, c -> c.withDiagnosis((snapshot, asOf) -> fake))) {
            JsonNode d = json(s.get("/api/diagnosis"));
            assertThat(d.get("athlete").asText()).isEqualTo("Alex");
            assertThat(d.at("/focus_run/file").asText()).isEqualTo("run.fit");
            assertThat(d.at("/focus_run/start").asText()).isEqualTo("2026-03-20T07:00:00Z");
            assertThat(d.at("/causes/0/findings/0/value").asDouble()).isEqualTo(1.62);
            assertThat(d.at("/causes/0/findings/0/strength").asText()).isEqualTo("strong");
            assertThat(d.at("/causes/0/findings/0/reference").asText()).isEqualTo("Gabbett 2016");
            assertThat(d.at("/red_flags/0/id").asText()).isEqualTo("suspected_dvt");
            assertThat(d.at("/red_flags/0/urgency").asText()).isEqualTo("urgent");
            assertThat(d.at("/plan/0/numbers/fluid_ml_per_h").asDouble()).isEqualTo(650.0);

            String html = s.get("/").body();
            assertThat(html.indexOf("Red flags")).isPositive().isLessThan(html.indexOf("Causes, most likely first"));
            assertThat(html).contains("One swollen calf &lt;b&gt;with&lt;/b&gt; pain at rest").doesNotContain("<b>with</b>");
            assertThat(html).contains("<span class=\"likelihood likely\">likely</span>")
                    .contains("acute:chronic load ratio 1.62 (rule &gt; 1.5): supports, strong. Gabbett 2016")
                    .contains("fluid 650 mL/h")
                    .contains("Suspected deep-vein thrombosis (a clot in a leg vein)");
        }
    }

    @Test
    void runsAndOneRunWithItsLapsSamplesAndLog() throws IOException {
        try (Served s = new Served(dir)) {
            JsonNode up = json(s.upload("a.tcx", DashboardPagesTest.corpus(DashboardPagesTest.TCX)));
            assertThat(up.at("/uploads/0/activities").asInt()).isEqualTo(1);
            HttpResponse<String> listed = s.get("/api/runs");
            assertThat(listed.body()).contains("\"elapsed_s\" : 3520,").doesNotContain("E+").doesNotContain("9999999");
            JsonNode runs = json(listed);
            assertThat(runs.get("zone").asText()).isEqualTo("UTC");
            JsonNode run = runs.at("/runs/0");
            assertThat(run.get("format").asText()).isEqualTo("tcx");
            assertThat(run.get("sport").asText()).isEqualTo("running");
            assertThat(run.get("distance_m").asDouble()).isBetween(8370.0, 8390.0);
            assertThat(run.get("avg_hr").asDouble()).isBetween(172.5, 173.5);
            assertThat(run.get("channels").toString()).contains("heart_rate_bpm");
            long id = run.get("id").asLong();

            JsonNode logged = json(s.postJson("/api/runs/" + id + "/log", "{\"fluid_ml\": 500, \"rpe\": 7, \"notes\": \"windy\"}"));
            assertThat(logged.at("/saved/run_id").asLong()).isEqualTo(id);
            assertThat(logged.at("/saved/start").asText()).isEqualTo(run.get("start").asText());

            JsonNode detail = json(s.get("/api/runs/" + id));
            assertThat(detail.get("laps").size()).isPositive();
            assertThat(detail.at("/device_summary/avg_hr").asDouble()).isBetween(172.5, 173.5);
            assertThat(detail.at("/run_log/0/fluid_ml").asDouble()).isEqualTo(500.0);
            assertThat(detail.has("streams")).isFalse();
            JsonNode withSamples = json(s.get("/api/runs/" + id + "?samples=true"));
            assertThat(withSamples.at("/streams/time_s").size()).isEqualTo(run.get("samples").asInt());
            assertThat(withSamples.at("/streams/heart_rate_bpm").size()).isEqualTo(run.get("samples").asInt());

            HttpResponse<String> missing = s.get("/api/runs/12345");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(json(missing).get("message").asText()).isEqualTo("no run with the id 12345");
            HttpResponse<String> startGiven = s.postJson("/api/runs/" + id + "/log", "{\"start\": \"2026-01-01\", \"rpe\": 5}");
            assertThat(startGiven.statusCode()).isEqualTo(400);
        }
    }

    @Test
    void postsAreCheckedLikeTheFilesAndRejectedObjectsSayWhatIsWrongPerField() throws IOException {
        try (Served s = new Served(dir)) {
            HttpResponse<String> ok = s.postJson("/api/wellness", "{\"date\": \"2026-03-18\", \"resting_hr\": 47, \"hrv_rmssd_ms\": 70.5}");
            assertThat(ok.statusCode()).isEqualTo(201);
            assertThat(json(ok).at("/saved/hrv_rmssd_ms").asDouble()).isEqualTo(70.5);

            HttpResponse<String> bad = s.postJson("/api/wellness", "{\"date\": \"2026-03-18\", \"resting_hr\": 400, \"mood\": 3}");
            assertThat(bad.statusCode()).isEqualTo(400);
            JsonNode b = json(bad);
            assertThat(b.get("status").asInt()).isEqualTo(400);
            assertThat(b.at("/fields/resting_hr").asText()).isEqualTo("400 is not plausible (expected between 25 and 150 bpm)");
            assertThat(b.at("/errors/0").asText()).startsWith("unknown field 'mood'");

            JsonNode lab = json(s.postJson("/api/labs", "{\"date\": \"2026-03-01\", \"test\": \"magnesium\", \"value\": 2.1, \"unit\": \"mg/dL\"}"));
            assertThat(lab.at("/saved/unit").asText()).isEqualTo("mmol/L");
            assertThat(lab.at("/saved/value").asDouble()).isEqualTo(0.8642); // 2.1 / 2.43, to 4 decimals

            assertThat(s.postJson("/api/runlog", "{\"start\": \"2026-03-19T18:00:00+01:00\", \"sodium_mg\": 600}").statusCode())
                    .isEqualTo(201);
            HttpResponse<String> profile = s.postJson("/api/profile",
                    "{\"name\": \"Sam\", \"hr_max\": 190, \"diet\": [\"vegetarian\"], \"symptoms\": {\"cramps\": true}}");
            assertThat(profile.statusCode()).isEqualTo(201);
            assertThat(json(profile).at("/saved/athlete_yaml").asText()).contains("cramps: true");
            JsonNode p = json(s.get("/api/profile"));
            assertThat(p.at("/fields/name").asText()).isEqualTo("Sam");
            assertThat(p.at("/fields/diet/0").asText()).isEqualTo("vegetarian");
            assertThat(p.at("/fields/symptoms.cramps").asText()).isEqualTo("true");

            JsonNode d = json(s.get("/api/diagnosis"));
            assertThat(d.get("athlete").asText()).isEqualTo("Sam");
            assertThat(d.get("as_of").asText()).isEqualTo("2026-03-19");
        }
    }

    @Test
    void wrongBodiesAreRefusedWithAJsonMessage() throws IOException {
        try (Served s = new Served(dir)) {
            HttpResponse<String> notJson = s.postJson("/api/wellness", "{date: ");
            assertThat(notJson.statusCode()).isEqualTo(400);
            assertThat(json(notJson).get("message").asText()).startsWith("the body is not valid JSON");
            assertThat(json(s.postJson("/api/wellness", "[1, 2]")).get("message").asText()).contains("must be a JSON object");
            HttpResponse<String> form = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/api/wellness"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("date=2026-03-18&resting_hr=50")).build());
            assertThat(form.statusCode()).isEqualTo(415);
            assertThat(json(form).get("message").asText()).contains("Content-Type: application/json");
            HttpResponse<String> unknown = s.get("/api/nothing");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(json(unknown).get("error").asText()).isEqualTo("Not Found");
        }
    }
}
