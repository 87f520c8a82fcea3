package org.heavylegs.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.PlanItem;
import org.heavylegs.core.diagnosis.RedFlag;

/**
 * TEMPORARY minimal mapping of a {@link Diagnosis} to the JSON of DESIGN.md 2.3, until the report
 * branch's DiagnosisJson (heavylegs-report) is merged; the lead then swaps this for it. Extensions
 * beyond 2.3: red_flags[].evidence, problems, disclaimer.
 */
public final class DiagnosisJson {

    private DiagnosisJson() {
    }

    public static ObjectNode of(Diagnosis d) {
        ObjectNode o = Json.object();
        Json.text(o, "athlete", d.athlete());
        Json.text(o, "as_of", Json.date(d.asOf()));
        o.put("window_days", d.windowDays());
        if (d.focusFile() == null && d.focusStart() == null) {
            o.putNull("focus_run");
        } else {
            ObjectNode f = o.putObject("focus_run");
            Json.text(f, "file", d.focusFile());
            Json.text(f, "start", Json.instant(d.focusStart()));
        }
        o.set("assumptions", Json.strings(d.assumptions()));
        ArrayNode causes = o.putArray("causes");
        for (Assessment a : d.causes()) {
            ObjectNode c = causes.addObject();
            c.put("cause", a.cause());
            c.put("likelihood", a.likelihood().key());
            Json.num(c, "score", a.score());
            ArrayNode findings = c.putArray("findings");
            for (Finding f : a.findings()) {
                ObjectNode x = findings.addObject();
                x.put("marker", f.marker());
                if (f.valueText() != null) {
                    x.put("value", f.valueText());
                } else {
                    Json.num(x, "value", f.value());
                }
                Json.text(x, "unit", f.unit());
                Json.text(x, "threshold", f.threshold());
                x.put("supports", f.supports());
                Json.text(x, "strength", f.strength() == null ? null : f.strength().key());
                Json.text(x, "reference", f.reference());
            }
            c.set("missing", Json.strings(a.missing()));
            c.set("strategies", Json.strings(a.strategies()));
        }
        ArrayNode flags = o.putArray("red_flags");
        for (RedFlag r : d.redFlags()) {
            ObjectNode x = flags.addObject();
            x.put("id", r.id());
            x.put("urgency", r.urgency().key());
            x.put("message", r.message());
            x.set("evidence", Json.strings(r.evidence()));
        }
        ArrayNode plan = o.putArray("plan");
        for (PlanItem p : d.plan()) {
            ObjectNode x = plan.addObject();
            x.put("strategy", p.strategy());
            x.set("actions", Json.strings(p.actions()));
            ObjectNode n = x.putObject("numbers");
            for (Map.Entry<String, Double> e : p.numbers().entrySet()) {
                Json.num(n, e.getKey(), e.getValue());
            }
        }
        o.set("problems", Json.strings(d.problems()));
        o.put("disclaimer", Diagnosis.DISCLAIMER);
        return o;
    }
}
