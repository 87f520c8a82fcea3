package org.heavylegs.sim;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the diagnosis must conclude about a scenario (DESIGN.md section 4; issue 6 quality bar).
 * Cause and red-flag ids are those of DESIGN.md 2.3.
 *
 * @param causesChecked   false for red-flag cases: there only the red flags are asserted
 * @param likely          causes that must come out "likely"
 * @param first           the cause that must rank first, or null
 * @param onlyTheseLikely no cause outside {@code likely} may be "likely" (the control, sparse data)
 * @param mostlyUnknown   sparse data: causes are "unknown" with missing-data hints, not verdicts
 * @param redFlags        exactly the red flags that must be raised (none other may be)
 */
public record Expected(boolean causesChecked, Set<String> likely, String first, boolean onlyTheseLikely,
                       boolean mostlyUnknown, Set<String> redFlags) {

    public static final String DEHYDRATION = "dehydration";
    public static final String GLYCOGEN_DEPLETION = "glycogen_depletion";
    public static final String ELECTROLYTE_IMBALANCE = "electrolyte_imbalance";
    public static final String OVERTRAINING = "overtraining";
    public static final String POOR_CIRCULATION = "poor_circulation";
    public static final String INADEQUATE_WARMUP = "inadequate_warmup";
    public static final String MUSCLE_FATIGUE = "muscle_fatigue";
    public static final String ANEMIA = "anemia";
    public static final String BIOMECHANICS = "biomechanics";

    /** Red flags of issue 6 / SCIENCE.md 13. */
    public static final String FLAG_SUSPECTED_DVT = "suspected_dvt";
    public static final String FLAG_CLAUDICATION = "claudication";
    public static final String FLAG_HYPONATREMIA = "hyponatremia";
    public static final String FLAG_ANEMIA = "anemia";
    public static final String FLAG_CHEST_PAIN = "chest_pain";
    public static final String FLAG_DARK_URINE = "dark_urine";
    /** Diabetes with leg symptoms: routine medical review (SCIENCE.md 5.4 and 13). */
    public static final String FLAG_DIABETES_LEG_SYMPTOMS = "diabetes_leg_symptoms";

    public Expected {
        likely = Set.copyOf(new TreeSet<>(likely));
        redFlags = Set.copyOf(new TreeSet<>(redFlags));
    }

    /** One cause, likely and ranked first; others may also be likely. */
    public static Expected cause(String cause, String... redFlags) {
        return new Expected(true, Set.of(cause), cause, false, false, Set.of(redFlags));
    }

    /** Several causes at once, all likely; any of them may rank first. */
    public static Expected causes(Set<String> causes) {
        return new Expected(true, causes, null, false, false, Set.of());
    }

    /** A well-managed athlete: no likely cause, no red flag. */
    public static Expected noCause() {
        return new Expected(true, Set.of(), null, true, false, Set.of());
    }

    /** Too little data for verdicts. */
    public static Expected sparse() {
        return new Expected(true, Set.of(), null, true, true, Set.of());
    }

    /** A red-flag case: only the flags are asserted. */
    public static Expected redFlag(String flag) {
        return new Expected(false, Set.of(), null, false, false, Set.of(flag));
    }
}
