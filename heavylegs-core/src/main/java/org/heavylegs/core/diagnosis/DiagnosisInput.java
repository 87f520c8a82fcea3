package org.heavylegs.core.diagnosis;

import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.history.History;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.core.metric.MetricResults;
import org.heavylegs.core.trend.TrendSummary;

/**
 * Everything the assessors read: the history up to the as-of date (runs carry their per-run metric
 * values in {@link RunSummary#metrics()} for the recent weeks), the trends over days, and the focus
 * run with its streams and full metric results.
 *
 * @param focusRun      the focus run's summary, or null when the folder has no run up to as-of
 * @param focusActivity the focus run with its streams, or null (no run, or its file is gone)
 * @param focusMetrics  the focus run's metrics (values and not-applicable reasons), or null
 * @param windowDays    the analysis window the user asked for (default 28)
 */
public record DiagnosisInput(History history, TrendSummary trends, RunSummary focusRun, Activity focusActivity,
                             MetricResults focusMetrics, int windowDays) {
}
