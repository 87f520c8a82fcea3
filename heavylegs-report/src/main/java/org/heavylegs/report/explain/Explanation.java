package org.heavylegs.report.explain;

import java.util.List;

/**
 * What HeavyLegs tells a runner about one cause, in plain words: how it makes legs feel heavy,
 * what in their data shows it, what helps, and where the facts come from.
 *
 * @param id         cause id (DESIGN.md 2.3), e.g. "glycogen_depletion"
 * @param title      short name for headings, e.g. "Glycogen depletion"
 * @param summary    one line for lists
 * @param mechanism  how it makes the legs feel heavy
 * @param evidence   which data shows it, and what HeavyLegs looks for
 * @param helps      what helps
 * @param references short citations; those not taken from SCIENCE.md say so
 */
public record Explanation(String id, String title, String summary, String mechanism, String evidence,
                          String helps, List<String> references) {
    public Explanation {
        references = List.copyOf(references);
    }
}
