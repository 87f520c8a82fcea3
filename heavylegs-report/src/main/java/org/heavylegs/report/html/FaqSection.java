package org.heavylegs.report.html;

import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.report.explain.Faq;

/** The article's questions answered in our words, each with the runner's own numbers where they exist. */
final class FaqSection {
    private FaqSection() {
    }

    static void write(Html h, Diagnosis d) {
        h.open("section", "id", "faq").nl();
        h.el("h2", "Questions runners ask").nl();
        h.open("dl", "class", "faq").nl();
        for (Faq.Answer a : Faq.answers(d)) {
            h.el("dt", a.question()).nl();
            h.open("dd").text(a.answer());
            if (a.personal() != null) {
                h.el("p", a.personal(), "class", "personal");
            }
            h.close("dd").nl();
        }
        h.close("dl").nl();
        h.close("section").nl();
    }
}
