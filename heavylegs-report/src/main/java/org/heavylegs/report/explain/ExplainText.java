package org.heavylegs.report.explain;

import java.util.List;
import org.heavylegs.core.diagnosis.Diagnosis;

/** The terminal text of {@code heavylegs explain}: the list of causes, one cause, or the FAQ, in 80 columns. */
public final class ExplainText {
    public static final int WIDTH = 80;
    private static final int ID_COLUMN = 26;

    private ExplainText() {
    }

    /** Every cause with its one-line summary: the article's nine first, then the extras. */
    public static String list() {
        StringBuilder sb = new StringBuilder();
        sb.append("Why legs feel heavy: the causes HeavyLegs weighs.\n");
        sb.append("Run 'heavylegs explain CAUSE' for one of them,\n'heavylegs explain --faq' for questions runners ask.\n\n");
        List<Explanation> all = Explanations.all();
        sb.append("The article's nine causes:\n");
        for (int i = 0; i < all.size(); i++) {
            if (i == 9) {
                sb.append("\nThe \"+\" of its \"9+\", further causes runners' data can show:\n");
            }
            Explanation e = all.get(i);
            String head = "  " + e.id() + " ".repeat(Math.max(1, ID_COLUMN - 2 - e.id().length()));
            sb.append(Wrap.wrap(e.summary(), WIDTH, head, " ".repeat(ID_COLUMN)));
        }
        return sb.toString();
    }

    /** One cause in full: how it makes legs heavy, what shows it, what helps, references. */
    public static String cause(Explanation e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.title()).append(" (").append(e.id()).append(")\n");
        sb.append(Wrap.wrap(e.summary(), WIDTH, "", ""));
        section(sb, "How it makes legs feel heavy", e.mechanism());
        section(sb, "What in your data shows it", e.evidence());
        section(sb, "What helps", e.helps());
        sb.append("\nReferences\n");
        for (String r : e.references()) {
            sb.append(Wrap.wrap("- " + r, WIDTH, "  ", "    "));
        }
        sb.append('\n').append(Wrap.wrap(Diagnosis.DISCLAIMER, WIDTH, "", ""));
        return sb.toString();
    }

    /** The six questions with our answers; with a diagnosis, each answer adds the runner's own numbers. */
    public static String faq(Diagnosis diagnosis) {
        StringBuilder sb = new StringBuilder("Questions runners ask about heavy legs\n");
        int n = 1;
        for (Faq.Answer a : Faq.answers(diagnosis)) {
            sb.append('\n').append(Wrap.wrap(n++ + ". " + a.question(), WIDTH, "", "   "));
            sb.append(Wrap.wrap(a.answer(), WIDTH, "   ", "   "));
            if (a.personal() != null) {
                sb.append(Wrap.wrap(a.personal(), WIDTH, "   > ", "     "));
            }
        }
        sb.append('\n').append(Wrap.wrap(Diagnosis.DISCLAIMER, WIDTH, "", ""));
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, String text) {
        sb.append('\n').append(title).append('\n').append(Wrap.wrap(text, WIDTH, "  ", "  "));
    }
}
