package org.heavylegs.core.diagnosis;

import java.util.List;

/**
 * What one cause's assessor concluded (DESIGN.md 2.3 "causes" entries): never a bare verdict,
 * always with its evidence and with the missing data that would decide it.
 *
 * @param cause      cause id, e.g. "overtraining"
 * @param score      0..1, used for ranking
 * @param missing    readable hints: which data would confirm or rule this out
 * @param strategies strategy ids this cause calls for (DESIGN.md 2.3)
 */
public record Assessment(String cause, Likelihood likelihood, double score, List<Finding> findings,
                         List<String> missing, List<String> strategies) {
    public Assessment {
        findings = List.copyOf(findings);
        missing = List.copyOf(missing);
        strategies = List.copyOf(strategies);
    }
}
