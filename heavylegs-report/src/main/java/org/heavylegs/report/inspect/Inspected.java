package org.heavylegs.report.inspect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.core.metric.MetricResults;

/**
 * One activity as {@code inspect} shows it: the activity, our totals from its streams, its per-run
 * metrics by JSON key (values are numbers, strings or booleans, null when not applicable; insertion
 * order is output order),
 * the reason for each metric that could not be computed, and what was assumed (athlete defaults and
 * metric assumptions), which every output must show.
 */
public record Inspected(Activity activity, Totals totals, Map<String, Object> metrics,
                        Map<String, String> notApplicable, List<String> assumptions) {
    public Inspected {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        notApplicable = Collections.unmodifiableMap(new LinkedHashMap<>(notApplicable));
        assumptions = List.copyOf(assumptions);
    }

    /** Without reasons or assumptions (callers that compute no metrics). */
    public Inspected(Activity activity, Totals totals, Map<String, Object> metrics) {
        this(activity, totals, metrics, Map.of(), List.of());
    }

    /** From computed metrics and the athlete assumptions they were computed with. */
    public static Inspected of(Activity activity, Totals totals, MetricResults results, List<String> athleteAssumptions) {
        List<String> assumed = new java.util.ArrayList<>(athleteAssumptions);
        for (String note : results.notes()) {
            if (!assumed.contains(note)) {
                assumed.add(note);
            }
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (String key : results.keys()) {
            metrics.put(key, results.values().get(key));
        }
        return new Inspected(activity, totals, metrics, results.notApplicable(), assumed);
    }
}
