package org.heavylegs.report.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.StreamsBuilder;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.Physiology;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.MetricResults;
import org.heavylegs.core.metric.Metrics;
import org.junit.jupiter.api.Test;

/** Per-run metrics, their not-applicable reasons and the assumptions in inspect's JSON and table. */
class InspectMetricsOutputTest {

    private static Inspected hourAtHr150() {
        StreamsBuilder b = new StreamsBuilder();
        for (int t = 0; t <= 3600; t++) {
            b.newSample(t).set(Channel.HEART_RATE_BPM, 150).set(Channel.SPEED_M_S, 3).set(Channel.DISTANCE_M, 3.0 * t);
        }
        Activity a = new Activity("run.fit", SourceFormat.SYNTHETIC, "running", "generic",
                Instant.parse("2026-05-01T07:00:00Z"), b.build(), List.of(), List.of(), new double[0],
                DeviceSummary.NONE, Device.UNKNOWN, List.of());
        Totals totals = Totals.of(a);
        Physiology p = Physiology.resolve(Athlete.UNKNOWN, LocalDate.of(2026, 5, 1), List.of(), totals.maxHeartRateBpm());
        MetricResults r = Metrics.compute(MetricContext.of(a, p));
        return Inspected.of(a, totals, r, p.assumptions());
    }

    @Test
    void jsonCarriesMetricsReasonsAndAssumptions() throws Exception {
        JsonNode o = new ObjectMapper().readTree(InspectJson.render(List.of(hourAtHr150()))).get(0);
        JsonNode metrics = o.get("metrics");
        // Every metric key is present, in the order of Metrics.keys(); not applicable ones are null.
        List<String> keys = new java.util.ArrayList<>();
        metrics.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyElementsOf(Metrics.keys());
        assertThat(metrics.get("trimp_banister").isNumber()).isTrue();
        assertThat(metrics.get("trimp_banister").asDouble()).isPositive();
        assertThat(metrics.get("r_tss").isNull()).isTrue();
        assertThat(o.get("not_applicable").get("r_tss").asText()).contains("threshold_pace");
        assertThat(o.get("not_applicable").has("trimp_banister")).isFalse();
        assertThat(metrics.get("stop_pattern").asText()).isEqualTo("none");
        List<String> assumptions = new java.util.ArrayList<>();
        o.get("assumptions").forEach(n -> assumptions.add(n.asText()));
        assertThat(assumptions).anyMatch(s -> s.startsWith("hr_max"))
                .anyMatch(s -> s.startsWith("hr_rest"))
                .anyMatch(s -> s.contains("VO2max assumed"));
    }

    @Test
    void tableShowsValuesReasonsAndAssumptions() {
        String table = InspectTable.render(List.of(hourAtHr150()));
        assertThat(table).contains("metrics: trimp_banister ")
                .contains("not applicable (needs threshold_pace in athlete.yaml): r_tss")
                .contains("assumed: hr_max")
                .contains("assumed: sex not given");
        for (String line : table.split("\n")) {
            if (line.startsWith("    metrics") || line.startsWith("        ")) {
                assertThat(line.length()).as(line).isLessThanOrEqualTo(InspectTable.LINE_WIDTH + 2);
            }
        }
    }
}
