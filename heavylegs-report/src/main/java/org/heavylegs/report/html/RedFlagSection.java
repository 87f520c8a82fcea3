package org.heavylegs.report.html;

import java.util.List;
import java.util.Locale;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.report.explain.Labels;

/** Red flags first and loud, most urgent first as the diagnosis orders them. */
final class RedFlagSection {
    private RedFlagSection() {
    }

    static void write(Html h, List<RedFlag> flags) {
        if (flags.isEmpty()) {
            h.open("section", "id", "red-flags", "class", "no-flags").nl();
            h.el("p", "No red flags: nothing in the data you gave points to a problem that needs a doctor first. "
                    + "If you have symptoms this report cannot see (chest pain, one swollen calf, fainting), see a "
                    + "doctor anyway.").nl();
            h.close("section").nl();
            return;
        }
        h.open("section", "id", "red-flags", "class", "flags", "aria-labelledby", "red-flags-title").nl();
        h.el("h2", "Red flags: act on these before any training advice", "id", "red-flags-title").nl();
        for (RedFlag f : flags) {
            h.open("article", "class", "flag " + f.urgency().key()).nl();
            h.open("h3").el("span", f.urgency().key().toUpperCase(Locale.ROOT), "class", "urgency")
                    .text(Labels.redFlag(f.id())).close("h3").nl();
            h.el("p", f.message()).nl();
            if (!f.evidence().isEmpty()) {
                h.el("p", "Seen: " + String.join("; ", f.evidence()), "class", "evidence").nl();
            }
            h.close("article").nl();
        }
        h.close("section").nl();
    }
}
