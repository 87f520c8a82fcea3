package org.heavylegs.report.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.report.explain.Labels;

/** What would sharpen the answer, what was assumed, and which input could not be used. */
final class NotesSection {
    private NotesSection() {
    }

    static void write(Html h, Diagnosis d) {
        h.open("section", "id", "notes").nl();
        Set<String> missing = new LinkedHashSet<>();
        for (Assessment a : d.causes()) {
            for (String m : a.missing()) {
                missing.add(Labels.cause(a.cause()) + ": " + m);
            }
        }
        list(h, "Data that would sharpen this", new ArrayList<>(missing), "Nothing: every cause had the data it needs.");
        list(h, "Assumptions", d.assumptions(), "None: every value came from your own data.");
        list(h, "Input that could not be used (except those marked warning: used)", d.problems(), "None: all input was read.");
        h.close("section").nl();
    }

    private static void list(Html h, String title, List<String> items, String none) {
        h.el("h2", title).nl();
        if (items.isEmpty()) {
            h.el("p", none, "class", "none").nl();
            return;
        }
        h.open("ul", "class", "notes").nl();
        for (String s : items) {
            h.el("li", s).nl();
        }
        h.close("ul").nl();
    }
}
