package org.heavylegs.core.metric;

import java.util.List;

/**
 * One per-run marker (or a small group of markers answering one question). A metric names the
 * keys it writes under {@code metrics} in {@code inspect --json} (units are part of the names), says
 * in words what it needs, and returns values or "not applicable, because ..." for each key. It never
 * throws on odd data: empty streams, all-NaN columns and zero duration give a reason instead.
 *
 * <p>Every metric is listed explicitly in {@link Metrics#all()}.
 */
public interface Metric {

    /** The keys this metric writes, in output order. */
    List<String> keys();

    /** What the metric needs, in words, e.g. "heart rate for at least 20 min after the first 10". */
    String needs();

    /**
     * Whether the metric only makes sense for running (grade-adjusted pace, running dynamics,
     * the 1 kcal/kg/km energy rule). Heart-rate load, fluids and weather apply to any sport.
     */
    default boolean runningOnly() {
        return true;
    }

    /** Computes the metric; keys missing from the outcome are reported as not applicable. */
    Outcome compute(MetricContext context);
}
