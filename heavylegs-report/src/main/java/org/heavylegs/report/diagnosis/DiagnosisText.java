package org.heavylegs.report.diagnosis;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.PlanItem;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.Urgency;
import org.heavylegs.report.explain.Faq;
import org.heavylegs.report.explain.Labels;
import org.heavylegs.report.explain.Wrap;

/**
 * The terminal answer of {@code diagnose}: red flags first, then every cause ranked with its key
 * evidence, the plan, the missing data, the assumptions, input problems and the disclaimer. Lines
 * fit in 80 columns. Colour (ANSI) only when asked for, which the caller decides from whether the
 * output is a terminal. Everything from input (names, files, messages) is cleaned of control
 * characters.
 */
public final class DiagnosisText {
    public static final int WIDTH = 80;
    /** Key findings shown per cause; the rest are in the JSON and HTML. */
    static final int FINDINGS_SHOWN = 3;

    private static final DateTimeFormatter START =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String GREEN = "\u001b[32m";
    private static final String DIM = "\u001b[2m";

    private final boolean color;
    private final StringBuilder sb = new StringBuilder(4096);

    private DiagnosisText(boolean color) {
        this.color = color;
    }

    /**
     * @param color true to use ANSI colours (only when writing to a terminal)
     */
    public static String render(Diagnosis d, boolean color) {
        DiagnosisText t = new DiagnosisText(color);
        t.header(d);
        t.redFlags(d.redFlags());
        t.causes(d.causes());
        t.plan(d.plan());
        t.missing(d.causes());
        t.list("ASSUMPTIONS", d.assumptions());
        t.list("INPUT PROBLEMS (skipped, except those marked warning: used)", d.problems());
        t.sb.append('\n');
        t.sb.append(Wrap.wrap(Diagnosis.DISCLAIMER, WIDTH, "", ""));
        return t.sb.toString();
    }

    private void header(Diagnosis d) {
        sb.append(paint(BOLD, "HeavyLegs: why your legs feel heavy")).append('\n');
        String who = d.athlete() == null || d.athlete().isBlank() ? "(no name)" : d.athlete();
        sb.append(Wrap.wrap("Athlete: " + who + ", as of " + (d.asOf() == null ? "?" : d.asOf())
                + ", " + d.windowDays() + "-day window", WIDTH, "", "  "));
        if (d.focusFile() != null || d.focusStart() != null) {
            sb.append(Wrap.wrap("Focus run: " + (d.focusFile() == null ? "?" : d.focusFile())
                    + (d.focusStart() == null ? "" : " (" + START.format(d.focusStart()) + ")"), WIDTH, "", "  "));
        } else {
            sb.append("Focus run: none (no runs found)\n");
        }
    }

    private void redFlags(List<RedFlag> flags) {
        if (flags.isEmpty()) {
            return;
        }
        sb.append('\n').append(paint(RED, "!! RED FLAGS: act on these before any training advice")).append('\n');
        for (RedFlag f : flags) {
            String tag = String.format(Locale.ROOT, "%-9s", f.urgency().key().toUpperCase(Locale.ROOT));
            String titled = Wrap.wrap(Labels.redFlag(f.id()), WIDTH, "  " + tag, "           ");
            sb.append("  ").append(paint(f.urgency() == Urgency.ROUTINE ? YELLOW : RED, tag))
                    .append(titled.substring(2 + tag.length()));
            sb.append(Wrap.wrap(f.message(), WIDTH, "           ", "           "));
            if (!f.evidence().isEmpty()) {
                sb.append(Wrap.wrap("Seen: " + String.join("; ", f.evidence()), WIDTH, "           ", "             "));
            }
        }
    }

    private void causes(List<Assessment> causes) {
        sb.append('\n').append(paint(BOLD, "CAUSES, most likely first")).append('\n');
        if (causes.isEmpty()) {
            sb.append("  (none assessed)\n");
        }
        int rank = 1;
        for (Assessment a : causes) {
            String title = Wrap.clean(Labels.cause(a.cause()));
            if (title.length() > 34) {
                title = title.substring(0, 33) + ".";
            }
            String like = String.format(Locale.ROOT, "%-9s", a.likelihood().key());
            sb.append(String.format(Locale.ROOT, "%3d. %-34s ", rank++, title))
                    .append(paint(likelihoodColor(a.likelihood()), like))
                    .append(String.format(Locale.ROOT, " %4s  [%s]", score(a.score()), bar(a.score())))
                    .append('\n');
            List<Finding> key = Faq.keyFindings(a, FINDINGS_SHOWN);
            for (Finding f : key) {
                sb.append(Wrap.wrap((f.supports() ? "+ " : "- ") + finding(f), WIDTH, "      ", "        "));
            }
            int more = a.findings().size() - key.size();
            if (more > 0) {
                sb.append("      (").append(more).append(" more finding").append(more == 1 ? "" : "s")
                        .append(": see --json or --html)\n");
            }
            if (a.findings().isEmpty()) {
                sb.append(Wrap.wrap("no evidence yet"
                        + (a.missing().isEmpty() ? "" : ": " + a.missing().get(0)), WIDTH, "      ", "        "));
            }
        }
    }

    private void plan(List<PlanItem> plan) {
        sb.append('\n').append(paint(BOLD, "PLAN")).append('\n');
        if (plan.isEmpty()) {
            sb.append("  No strategy is called for by the evidence so far.\n");
            return;
        }
        int n = 1;
        for (PlanItem p : plan) {
            sb.append(Wrap.wrap(n++ + ". " + Labels.strategy(p.strategy()), WIDTH, "  ", "     "));
            for (String action : p.actions()) {
                sb.append(Wrap.wrap("- " + action, WIDTH, "     ", "       "));
            }
            if (!p.numbers().isEmpty()) {
                List<String> nums = new ArrayList<>();
                for (Map.Entry<String, Double> e : p.numbers().entrySet()) {
                    nums.add(Labels.planNumber(e.getKey(), e.getValue() == null ? Double.NaN : e.getValue()));
                }
                sb.append(Wrap.wrap("Numbers: " + String.join(", ", nums), WIDTH, "     ", "       "));
            }
        }
    }

    private void missing(List<Assessment> causes) {
        Set<String> lines = new LinkedHashSet<>();
        for (Assessment a : causes) {
            for (String m : a.missing()) {
                lines.add(Labels.cause(a.cause()) + ": " + m);
            }
        }
        list("MISSING DATA that would sharpen this", new ArrayList<>(lines));
    }

    private void list(String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        sb.append('\n').append(paint(BOLD, title)).append('\n');
        for (String s : items) {
            sb.append(Wrap.wrap("- " + s, WIDTH, "  ", "    "));
        }
    }

    /** "acute:chronic load ratio 1.62 (rule > 1.5; strong; Gabbett 2016)". */
    static String finding(Finding f) {
        List<String> meta = new ArrayList<>();
        if (f.threshold() != null && !f.threshold().isBlank()) {
            meta.add("rule " + f.threshold());
        }
        if (f.partial()) {
            meta.add(Labels.partly(f));
        }
        meta.add(f.strength().key());
        if (f.reference() != null && !f.reference().isBlank()) {
            meta.add(f.reference());
        }
        return Labels.marker(f.marker()) + " " + Labels.value(f) + " (" + String.join("; ", meta) + ")";
    }

    static String score(double s) {
        return Double.isFinite(s) ? String.format(Locale.ROOT, "%.2f", s) : "n/a";
    }

    static String bar(double s) {
        int filled = Double.isFinite(s) ? (int) Math.round(Math.max(0, Math.min(1, s)) * 10) : 0;
        return "#".repeat(filled) + "-".repeat(10 - filled);
    }

    private static String likelihoodColor(Likelihood l) {
        return switch (l) {
            case LIKELY -> RED;
            case POSSIBLE -> YELLOW;
            case UNLIKELY -> GREEN;
            case UNKNOWN -> DIM;
        };
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }
}
