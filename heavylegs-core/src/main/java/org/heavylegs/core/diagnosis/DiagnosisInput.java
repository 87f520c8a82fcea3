package org.heavylegs.core.diagnosis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.Symptoms;
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

    /**
     * Lab values older than this many days before as-of are not used by the assessors and red flags
     * [heuristic: about one training block; iron status and electrolytes change over weeks to months].
     */
    public static final int LAB_MAX_AGE_DAYS = 90;

    public LocalDate asOf() {
        return history.asOf();
    }

    public Athlete athlete() {
        return history.athlete();
    }

    /** The questionnaire; every answer may be null (not answered). */
    public Symptoms symptoms() {
        return history.athlete().symptoms();
    }

    /** A numeric metric of the focus run (flags as 1/0), NaN when there is no focus run or no value. */
    public double focus(String key) {
        if (focusMetrics != null) {
            double v = focusMetrics.number(key);
            if (!Double.isNaN(v)) {
                return v;
            }
            Optional<Boolean> flag = focusMetrics.flag(key);
            if (flag.isPresent()) {
                return flag.get() ? 1.0 : 0.0;
            }
        }
        return focusRun == null ? Double.NaN : metric(focusRun, key);
    }

    /** A text metric of the focus run (e.g. warmup_quality), empty when unknown. */
    public Optional<String> focusText(String key) {
        return focusMetrics == null ? Optional.empty() : focusMetrics.text(key);
    }

    /** The focus run's runs.csv row, or null. */
    public RunLogEntry focusLog() {
        return focusRun == null ? null : focusRun.log();
    }

    /** Duration of the focus run (timer time), hours; NaN without one. */
    public double focusHours() {
        return focusRun == null || !(focusRun.timerS() > 0) ? Double.NaN : focusRun.timerS() / 3600;
    }

    /** The runs of the last {@code days} days up to as-of, oldest first, the focus run included. */
    public List<RunSummary> recentRuns(int days) {
        LocalDate from = asOf().minusDays(days - 1L);
        return history.runs().stream().filter(r -> !r.date().isBefore(from) && !r.date().isAfter(asOf())).toList();
    }

    /** As {@link #recentRuns(int)} without the focus run. */
    public List<RunSummary> otherRecentRuns(int days) {
        return recentRuns(days).stream().filter(r -> r != focusRun).toList();
    }

    /** The runs of the analysis window ({@link #windowDays}). */
    public List<RunSummary> windowRuns() {
        return recentRuns(windowDays);
    }

    /** A per-run metric value of a run from its summary, NaN when absent. */
    public static double metric(RunSummary run, String key) {
        Map<String, Double> m = run.metrics();
        Double v = m.get(key);
        return v == null ? Double.NaN : v;
    }

    /** The latest value of a lab test drawn at most {@code maxAgeDays} before as-of. */
    public Optional<LabValue> lab(LabTest test, int maxAgeDays) {
        LocalDate from = asOf().minusDays(maxAgeDays);
        return history.labs().stream()
                .filter(l -> l.test() == test && !l.date().isBefore(from) && !l.date().isAfter(asOf()))
                .max(Comparator.comparing(LabValue::date));
    }

    /** True when any lab value was drawn within {@code maxAgeDays} of as-of. */
    public boolean anyLab(int maxAgeDays) {
        LocalDate from = asOf().minusDays(maxAgeDays);
        return history.labs().stream().anyMatch(l -> !l.date().isBefore(from));
    }
}
