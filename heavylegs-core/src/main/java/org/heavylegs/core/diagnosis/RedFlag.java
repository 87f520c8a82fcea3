package org.heavylegs.core.diagnosis;

import java.util.List;

/**
 * A medical warning that overrides all training advice (DESIGN.md 2.3 "red_flags").
 *
 * @param id       e.g. "suspected_dvt", "claudication", "hyponatremia", "anemia", "chest_pain", "dark_urine"
 * @param message  plain words: what was seen and what to do
 * @param evidence what triggered it, readable
 */
public record RedFlag(String id, Urgency urgency, String message, List<String> evidence) {
    public RedFlag {
        evidence = List.copyOf(evidence);
    }
}
