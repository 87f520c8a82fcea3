package org.heavylegs.core.diagnosis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole answer for one athlete as of one date (DESIGN.md 2.3).
 *
 * @param focusFile   the focus run's file (relative to the athlete folder), or null without runs
 * @param focusStart  the focus run's start, or null
 * @param causes      every cause, highest score first
 * @param redFlags    most urgent first
 * @param plan        strategies called for, by expected impact
 * @param problems    input that could not be used ("FILE:LINE: reason")
 */
public record Diagnosis(String athlete, LocalDate asOf, int windowDays, String focusFile, Instant focusStart,
                        List<String> assumptions, List<Assessment> causes, List<RedFlag> redFlags,
                        List<PlanItem> plan, List<String> problems) {

    /** Every output carries this sentence. */
    public static final String DISCLAIMER = "HeavyLegs is not a medical diagnosis: it weighs training data against "
            + "published markers. See a doctor for persistent or severe symptoms, and at once for any red flag.";

    public Diagnosis {
        assumptions = List.copyOf(assumptions);
        causes = List.copyOf(causes);
        redFlags = List.copyOf(redFlags);
        plan = List.copyOf(plan);
        problems = List.copyOf(problems);
    }
}
