package org.heavylegs.report.explain;

import java.util.List;
import java.util.Optional;

/**
 * The explicit list of cause explanations: the article's nine causes in its order, then the extra
 * causes of its "9+". Core and report both read cause names and texts from here.
 */
public final class Explanations {
    private static final List<Explanation> ALL = List.of(
            NineCauses.DEHYDRATION,
            NineCauses.GLYCOGEN_DEPLETION,
            NineCauses.ELECTROLYTE_IMBALANCE,
            NineCauses.OVERTRAINING,
            NineCauses.POOR_CIRCULATION,
            NineCauses.INADEQUATE_WARMUP,
            NineCauses.MUSCLE_FATIGUE,
            NineCauses.ANEMIA,
            NineCauses.BIOMECHANICS,
            ExtraCauses.HEAT_STRESS,
            ExtraCauses.SLEEP_DEBT,
            ExtraCauses.LOW_ENERGY_AVAILABILITY,
            ExtraCauses.WORN_SHOES,
            ExtraCauses.MEDICATION);

    private Explanations() {
    }

    /** Every explanation: the nine causes, then the extras. */
    public static List<Explanation> all() {
        return ALL;
    }

    /** The cause ids in the order of {@link #all()}. */
    public static List<String> ids() {
        return ALL.stream().map(Explanation::id).toList();
    }

    public static Optional<Explanation> find(String id) {
        return ALL.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The cause's title, or a readable form of an id we have no text for ("new_cause" gives "New cause"). */
    public static String title(String id) {
        return find(id).map(Explanation::title).orElseGet(() -> humanize(id));
    }

    static String humanize(String id) {
        if (id == null || id.isEmpty()) {
            return "?";
        }
        String s = id.replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
