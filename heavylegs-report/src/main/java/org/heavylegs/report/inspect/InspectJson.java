package org.heavylegs.report.inspect;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Totals;

/** The JSON of {@code inspect --json} (DESIGN.md 2.4): an array, one object per activity. */
public final class InspectJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private InspectJson() {
    }

    public static String render(List<Inspected> rows) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Inspected row : rows) {
            array.add(toNode(row));
        }
        try {
            return MAPPER.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render inspect JSON", e);
        }
    }

    static ObjectNode toNode(Inspected row) {
        Activity a = row.activity();
        Totals t = row.totals();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", a.source());
        o.put("format", a.format().key());
        o.put("sport", a.sport());
        o.put("sub_sport", a.subSport());
        o.put("start", a.start() == null ? null : a.start().toString());
        number(o, "elapsed_s", t.elapsedS(), 1);
        number(o, "timer_s", t.timerS(), 1);
        number(o, "distance_m", t.distanceM(), 1);
        number(o, "avg_hr", t.avgHeartRateBpm(), 1);
        number(o, "max_hr", t.maxHeartRateBpm(), 0);
        number(o, "avg_cadence_spm", t.avgCadenceSpm(), 1);
        o.put("samples", a.streams().size());
        ArrayNode channels = o.putArray("channels");
        for (Channel c : a.streams().channels()) {
            channels.add(c.key());
        }
        ObjectNode device = o.putObject("device");
        device.put("manufacturer", a.device().manufacturer());
        device.put("product", a.device().product());
        ObjectNode summary = o.putObject("device_summary");
        for (Map.Entry<String, Double> e : a.summary().asMap().entrySet()) {
            number(summary, e.getKey(), e.getValue(), 3);
        }
        ObjectNode metrics = o.putObject("metrics");
        for (Map.Entry<String, Object> e : row.metrics().entrySet()) {
            Object v = e.getValue();
            if (v instanceof Number n) {
                number(metrics, e.getKey(), n.doubleValue(), 4);
            } else if (v instanceof Boolean b) {
                metrics.put(e.getKey(), b);
            } else if (v != null) {
                metrics.put(e.getKey(), v.toString());
            } else {
                metrics.putNull(e.getKey()); // not applicable: the reason is under not_applicable
            }
        }
        ObjectNode notApplicable = o.putObject("not_applicable");
        row.notApplicable().forEach(notApplicable::put);
        ArrayNode assumptions = o.putArray("assumptions");
        row.assumptions().forEach(assumptions::add);
        o.put("laps", a.laps().size());
        o.put("pauses", a.pauses().size());
        o.put("rr_intervals", a.rrS().length);
        ArrayNode warnings = o.putArray("warnings");
        a.warnings().forEach(warnings::add);
        return o;
    }

    /** Writes a finite number rounded to the given decimals; NaN becomes null (not computable). */
    static void number(ObjectNode o, String key, double v, int decimals) {
        if (!Double.isFinite(v)) {
            o.putNull(key);
            return;
        }
        if (decimals == 0) {
            o.put(key, Math.round(v));
            return;
        }
        o.put(key, new java.math.BigDecimal(v).setScale(decimals, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros());
    }
}
