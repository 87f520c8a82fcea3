package org.heavylegs.report.diagnosis;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.PlanItem;
import org.heavylegs.core.diagnosis.RedFlag;

/**
 * The JSON of {@code diagnose --json}, exactly the keys of DESIGN.md 2.3 in that order. Extensions
 * come after the contract's keys of the same object and never replace one: a finding's
 * {@code value_text} (its categorical value, when {@code value} is null), a red flag's
 * {@code evidence}, and the top-level {@code problems} and {@code disclaimer}.
 * Numbers are rounded (scores to 3 decimals, values to 4) and written plainly (650, not 6.5E+2);
 * a value that cannot be computed is null.
 */
public final class DiagnosisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private DiagnosisJson() {
    }

    public static String render(Diagnosis d) {
        try {
            return MAPPER.writeValueAsString(toNode(d));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render diagnosis JSON", e);
        }
    }

    public static ObjectNode toNode(Diagnosis d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("athlete", d.athlete());
        o.put("as_of", d.asOf() == null ? null : d.asOf().toString());
        o.put("window_days", d.windowDays());
        if (d.focusFile() == null && d.focusStart() == null) {
            o.putNull("focus_run");
        } else {
            ObjectNode focus = o.putObject("focus_run");
            focus.put("file", d.focusFile());
            focus.put("start", d.focusStart() == null ? null : d.focusStart().toString());
        }
        ArrayNode assumptions = o.putArray("assumptions");
        d.assumptions().forEach(assumptions::add);
        ArrayNode causes = o.putArray("causes");
        for (Assessment a : d.causes()) {
            causes.add(cause(a));
        }
        ArrayNode flags = o.putArray("red_flags");
        for (RedFlag f : d.redFlags()) {
            ObjectNode n = flags.addObject();
            n.put("id", f.id());
            n.put("urgency", f.urgency().key());
            n.put("message", f.message());
            ArrayNode ev = n.putArray("evidence");
            f.evidence().forEach(ev::add);
        }
        ArrayNode plan = o.putArray("plan");
        for (PlanItem p : d.plan()) {
            ObjectNode n = plan.addObject();
            n.put("strategy", p.strategy());
            ArrayNode actions = n.putArray("actions");
            p.actions().forEach(actions::add);
            ObjectNode numbers = n.putObject("numbers");
            for (Map.Entry<String, Double> e : p.numbers().entrySet()) {
                number(numbers, e.getKey(), e.getValue() == null ? Double.NaN : e.getValue(), 4);
            }
        }
        ArrayNode problems = o.putArray("problems");
        d.problems().forEach(problems::add);
        o.put("disclaimer", Diagnosis.DISCLAIMER);
        return o;
    }

    private static ObjectNode cause(Assessment a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("cause", a.cause());
        n.put("likelihood", a.likelihood().key());
        number(n, "score", a.score(), 3);
        ArrayNode findings = n.putArray("findings");
        for (Finding f : a.findings()) {
            ObjectNode fn = findings.addObject();
            fn.put("marker", f.marker());
            number(fn, "value", f.value(), 4);
            fn.put("unit", f.unit() == null ? "" : f.unit());
            fn.put("threshold", f.threshold());
            fn.put("supports", f.supports());
            fn.put("strength", f.strength().key());
            fn.put("reference", f.reference());
            number(fn, "degree", f.degree(), 2); // extension: how fully the rule is met (1 = in full)
            if (f.valueText() != null) {
                fn.put("value_text", f.valueText());
            }
        }
        ArrayNode missing = n.putArray("missing");
        a.missing().forEach(missing::add);
        ArrayNode strategies = n.putArray("strategies");
        a.strategies().forEach(strategies::add);
        return n;
    }

    /** A finite number rounded to the given decimals, trailing zeros dropped; NaN or infinite gives null. */
    static void number(ObjectNode o, String key, double v, int decimals) {
        if (!Double.isFinite(v)) {
            o.putNull(key);
            return;
        }
        BigDecimal b = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (b.signum() == 0) {
            b = BigDecimal.ZERO;
        }
        o.put(key, b);
    }
}
