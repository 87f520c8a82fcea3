package org.heavylegs.report.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.PlanItem;
import org.heavylegs.core.diagnosis.Strength;
import org.heavylegs.report.Fixtures;
import org.heavylegs.report.GoldenFiles;
import org.junit.jupiter.api.Test;

/** The JSON of diagnose --json keeps exactly the keys and order of DESIGN.md 2.3. */
class DiagnosisJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static List<String> keys(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    private static JsonNode json() throws Exception {
        return MAPPER.readTree(DiagnosisJson.render(Fixtures.diagnosis()));
    }

    @Test
    void topLevelKeysAreTheContractsInOrderThenExtensions() throws Exception {
        assertThat(keys(json())).containsExactly("athlete", "as_of", "window_days", "focus_run", "assumptions",
                "causes", "red_flags", "plan", "problems", "disclaimer");
    }

    @Test
    void nestedKeysAreTheContracts() throws Exception {
        JsonNode j = json();
        assertThat(keys(j.get("focus_run"))).containsExactly("file", "start");
        assertThat(keys(j.get("causes").get(0))).containsExactly("cause", "likelihood", "score", "findings", "missing",
                "strategies");
        assertThat(keys(j.get("causes").get(0).get("findings").get(0))).containsExactly("marker", "value", "unit",
                "threshold", "supports", "strength", "reference", "degree");
        assertThat(keys(j.get("red_flags").get(0))).startsWith("id", "urgency", "message").containsExactly("id",
                "urgency", "message", "evidence");
        assertThat(keys(j.get("plan").get(0))).containsExactly("strategy", "actions", "numbers");
    }

    @Test
    void valuesMatchTheDesignExample() throws Exception {
        JsonNode j = json();
        assertThat(j.get("athlete").asText()).isEqualTo("Alex");
        assertThat(j.get("as_of").asText()).isEqualTo("2026-11-20");
        assertThat(j.get("window_days").asInt()).isEqualTo(28);
        assertThat(j.get("focus_run").get("file").asText()).isEqualTo("activities/2026-11-20.fit");
        assertThat(j.get("focus_run").get("start").asText()).isEqualTo("2026-11-20T07:02:11Z");
        JsonNode first = j.get("causes").get(0);
        assertThat(first.get("cause").asText()).isEqualTo("overtraining");
        assertThat(first.get("likelihood").asText()).isEqualTo("likely");
        assertThat(first.get("score").decimalValue()).isEqualByComparingTo("0.81");
        JsonNode f = first.get("findings").get(0);
        assertThat(f.get("marker").asText()).isEqualTo("acwr");
        assertThat(f.get("value").asDouble()).isEqualTo(1.55);
        assertThat(f.get("unit").asText()).isEmpty();
        assertThat(f.get("threshold").asText()).isEqualTo("> 1.5");
        assertThat(f.get("supports").asBoolean()).isTrue();
        assertThat(f.get("strength").asText()).isEqualTo("weak");
        assertThat(f.get("reference").asText()).isEqualTo("Gabbett 2016");
        assertThat(first.get("strategies")).extracting(JsonNode::asText).containsExactly("rest_recovery", "gradual_load");
        assertThat(j.get("red_flags").get(0).get("urgency").asText()).isEqualTo("urgent");
        assertThat(j.get("causes")).hasSize(14);
    }

    @Test
    void numbersArePlainAndNotComputableIsNull() throws Exception {
        Diagnosis base = Fixtures.diagnosis();
        Assessment odd = new Assessment("anemia", Likelihood.UNKNOWN, Double.NaN,
                List.of(Finding.numeric("ferritin", Double.NaN, "ug/L", "< 30 ug/L", true, Strength.STRONG, "Clenin 2015"),
                        Finding.numeric("big", 12_345_678, "", "", true, Strength.WEAK, "")),
                List.of(), List.of());
        Diagnosis d = new Diagnosis("A", base.asOf(), 28, null, null, List.of(), List.of(odd), List.of(),
                List.of(new PlanItem("hydration", List.of(), Map.of("fluid_ml_per_h", 650.0))), List.of());
        String text = DiagnosisJson.render(d);
        JsonNode j = MAPPER.readTree(text);
        assertThat(text).contains("\"fluid_ml_per_h\" : 650", "\"value\" : 12345678").doesNotContain("E+");
        assertThat(j.get("focus_run").isNull()).isTrue();
        assertThat(j.get("causes").get(0).get("score").isNull()).isTrue();
        assertThat(j.get("causes").get(0).get("findings").get(0).get("value").isNull()).isTrue();
    }

    @Test
    void categoricalFindingsKeepValueNullAndAddValueText() throws Exception {
        JsonNode warmup = null;
        for (JsonNode c : json().get("causes")) {
            if (c.get("cause").asText().equals("inadequate_warmup")) {
                warmup = c.get("findings").get(0);
            }
        }
        assertThat(warmup).isNotNull();
        assertThat(warmup.get("value").isNull()).isTrue();
        assertThat(warmup.get("value_text").asText()).isEqualTo("no");
    }

    @Test
    void golden() {
        GoldenFiles.assertMatches("diagnosis.json", DiagnosisJson.render(Fixtures.diagnosis()) + "\n");
    }
}
