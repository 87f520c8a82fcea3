package org.heavylegs.report.html;

import java.util.Locale;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.report.explain.Explanation;
import org.heavylegs.report.explain.Explanations;
import org.heavylegs.report.explain.Labels;
import org.heavylegs.report.html.chart.Chart;

/**
 * Every cause, ranked: likelihood, score bar, how it makes legs heavy, each finding (marker, value
 * with unit, rule, for or against, strength, reference), the missing data and the strategies it
 * calls for.
 */
final class CauseSection {
    private CauseSection() {
    }

    static void write(Html h, Diagnosis d, Chart chart) {
        h.open("section", "id", "causes").nl();
        h.el("h2", "Causes, most likely first").nl();
        HtmlReport.figure(h, chart);
        int rank = 1;
        for (Assessment a : d.causes()) {
            cause(h, a, rank++);
        }
        h.close("section").nl();
    }

    private static void cause(Html h, Assessment a, int rank) {
        String like = a.likelihood().key();
        h.open("article", "class", "cause " + like, "id", "cause-" + Html.id(a.cause())).nl();
        h.open("div", "class", "cause-head");
        h.open("h3").el("span", rank + ".", "class", "rank").text(Labels.cause(a.cause())).close("h3");
        h.el("span", like, "class", "badge " + like);
        double score = Double.isFinite(a.score()) ? Math.max(0, Math.min(1, a.score())) : 0;
        String scoreText = Double.isFinite(a.score()) ? String.format(Locale.ROOT, "%.2f", a.score()) : "n/a";
        h.open("span", "class", "score", "title", "score " + scoreText + " of 1")
                .open("span", "class", "bar", "aria-hidden", "true")
                .open("span", "class", "fill", "style", String.format(Locale.ROOT, "width:%.0f%%", score * 100)).close("span")
                .close("span").text("score " + scoreText).close("span");
        h.close("div").nl();
        Explanation e = Explanations.find(a.cause()).orElse(null);
        if (e != null) {
            h.open("p", "class", "how").el("strong", "How it makes legs feel heavy: ").text(e.mechanism()).close("p").nl();
        }
        if (a.findings().isEmpty()) {
            h.el("p", "No evidence for or against yet.", "class", "none").nl();
        } else {
            findings(h, a);
        }
        if (!a.missing().isEmpty()) {
            h.open("p", "class", "missing-data").el("strong", "Missing: ").text(String.join("; ", a.missing())).close("p").nl();
        }
        if (!a.strategies().isEmpty()) {
            h.open("p", "class", "calls").el("strong", "Calls for: ");
            for (int i = 0; i < a.strategies().size(); i++) {
                String s = a.strategies().get(i);
                if (i > 0) {
                    h.text(", ");
                }
                h.text(Labels.strategy(s));
            }
            h.close("p").nl();
        }
        h.close("article").nl();
    }

    private static void findings(Html h, Assessment a) {
        h.open("div", "class", "scroll").open("table", "class", "findings").nl();
        h.open("thead").open("tr");
        for (String c : new String[] {"Marker", "Value", "Rule", "Argues", "Strength", "Source"}) {
            h.el("th", c, "scope", "col");
        }
        h.close("tr").close("thead").nl().open("tbody").nl();
        for (Finding f : a.findings()) {
            h.open("tr", "class", f.supports() ? "for" : "against");
            h.open("td").text(Labels.marker(f.marker())).text(" ").el("code", f.marker()).close("td");
            h.el("td", Labels.value(f), "class", "num");
            h.el("td", f.threshold() == null ? "" : f.threshold());
            h.open("td").el("span", f.supports() ? "for" : "against", "class", "dir");
            if (f.partial()) {
                h.text(" (" + Labels.partly(f) + ")");
            }
            h.close("td");
            h.el("td", f.strength().key());
            h.el("td", f.reference() == null ? "" : f.reference());
            h.close("tr").nl();
        }
        h.close("tbody").nl().close("table").close("div").nl();
    }
}
