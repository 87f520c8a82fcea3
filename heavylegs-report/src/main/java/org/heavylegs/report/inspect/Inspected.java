package org.heavylegs.report.inspect;

import java.util.Map;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Totals;

/**
 * One activity as {@code inspect} shows it: the activity, our totals from its streams, and its
 * per-run metrics by JSON key (values are numbers or strings; insertion order is output order).
 */
public record Inspected(Activity activity, Totals totals, Map<String, Object> metrics) {
    public Inspected {
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }
}
