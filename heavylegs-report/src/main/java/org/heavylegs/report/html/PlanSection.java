package org.heavylegs.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.PlanItem;
import org.heavylegs.report.explain.Labels;

/** The plan: each strategy with its actions, its numbers and the causes that called for it. */
final class PlanSection {
    private PlanSection() {
    }

    static void write(Html h, Diagnosis d) {
        h.open("section", "id", "plan").nl();
        h.el("h2", "Your plan").nl();
        if (d.plan().isEmpty()) {
            h.el("p", "No strategy is called for by the evidence so far.", "class", "none").nl();
            h.close("section").nl();
            return;
        }
        h.open("ol", "class", "plan").nl();
        for (PlanItem p : d.plan()) {
            h.open("li", "class", "strategy", "id", "plan-" + Html.id(p.strategy())).nl();
            h.el("h3", Labels.strategy(p.strategy())).nl();
            if (!p.actions().isEmpty()) {
                h.open("ul", "class", "actions");
                for (String a : p.actions()) {
                    h.el("li", a);
                }
                h.close("ul").nl();
            }
            if (!p.numbers().isEmpty()) {
                h.open("table", "class", "numbers").open("tbody");
                for (Map.Entry<String, Double> e : p.numbers().entrySet()) {
                    String[] nu = Labels.numberKey(e.getKey());
                    double v = e.getValue() == null ? Double.NaN : e.getValue();
                    h.open("tr").el("th", nu[0], "scope", "row")
                            .el("td", Labels.withUnit(v, nu[1]), "class", "num").close("tr");
                }
                h.close("tbody").close("table").nl();
            }
            List<String> from = new ArrayList<>();
            for (Assessment a : d.causes()) {
                if (a.strategies().contains(p.strategy())
                        && (a.likelihood() == Likelihood.LIKELY || a.likelihood() == Likelihood.POSSIBLE)) {
                    from.add(Labels.cause(a.cause()) + " (" + a.likelihood().key() + ")");
                }
            }
            if (!from.isEmpty()) {
                h.el("p", "Because of: " + String.join(", ", from), "class", "calls").nl();
            }
            h.close("li").nl();
        }
        h.close("ol").nl();
        h.close("section").nl();
    }
}
