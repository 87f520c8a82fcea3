package org.heavylegs.core.metric;

import java.util.Map;

/** Metric results with given values, for tests of what reads them (the diagnosis). */
public final class TestMetricResults {
    private TestMetricResults() {
    }

    /** Values by key: Double, String or Boolean. */
    public static MetricResults of(Map<String, ?> values) {
        MetricResults r = new MetricResults();
        values.forEach(r::put);
        return r;
    }
}
