package org.heavylegs.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.history.AthleteData;
import org.heavylegs.core.history.History;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.MetricResults;
import org.heavylegs.core.metric.Metrics;
import org.heavylegs.core.metric.dynamics.CadenceSpeedLine;
import org.heavylegs.core.trend.Trends;

/**
 * The use case behind {@code diagnose} and {@code trends}: from what an athlete folder (or the
 * store) holds to the input of the diagnosis. The history is cut to the as-of date and its loads
 * computed from each run's heart-rate distribution with the athlete's final physiology; the runs of
 * the recent weeks are re-read (streams are not kept in histories) to get their full per-run
 * metrics; the athlete's own cadence-speed line is fitted from them; the focus run gets all its
 * metrics against that line, however old it is (a --run of last spring, an --as-of long after it).
 */
public final class Analysis {

    /** Default analysis window, days (DESIGN.md 2.3 example: window_days 28). */
    public static final int DEFAULT_WINDOW_DAYS = 28;
    /**
     * Runs this many days back get full per-run metrics, so per-run markers can be compared over
     * weeks (decoupling and efficiency per run, sweat per run) [heuristic: 12 weeks covers a training block].
     */
    public static final int METRIC_HISTORY_DAYS = 84;

    private Analysis() {
    }

    /**
     * @param asOf        the day of the analysis; null means the date of the latest activity or log row
     * @param focusSource the focus run's source as stored in its summary; null means the latest run up to as-of
     * @param windowDays  the analysis window (at least 1)
     */
    public static DiagnosisInput prepare(AthleteData data, LocalDate asOf, String focusSource, int windowDays,
                                         ActivityReloader reloader) {
        LocalDate day = asOf != null ? asOf : data.latestDate();
        if (day == null) {
            throw new IllegalArgumentException("nothing dated to analyse");
        }
        History base = History.of(data, day, new HrssLoad());
        RunSummary focus = focusRun(base, focusSource);
        int metricDays = Math.max(windowDays, METRIC_HISTORY_DAYS);
        LocalDate from = day.minusDays(metricDays - 1L);

        List<RunSummary> withMetrics = new ArrayList<>(base.activities().size());
        List<CadenceSpeedLine.Segment> segments = new ArrayList<>();
        Activity focusActivity = null;
        for (RunSummary run : base.activities()) {
            if (run.date().isBefore(from) && run != focus) {
                // the focus run is reread whatever its age: it is the run the diagnosis is about
                withMetrics.add(run);
                continue;
            }
            Optional<Activity> activity = reloader.reload(run);
            if (activity.isEmpty()) {
                withMetrics.add(run);
                continue;
            }
            MetricContext context = new MetricContext(activity.get(), base.physiology(), run.log(), null);
            if (run == focus) {
                focusActivity = activity.get();
            } else if (context.isRunning()) {
                segments.addAll(CadenceSpeedLine.segments(context.series()));
            }
            withMetrics.add(run.withMetrics(numbers(Metrics.compute(context))));
        }

        MetricResults focusMetrics = null;
        if (focusActivity != null) {
            CadenceSpeedLine line = CadenceSpeedLine.fitSegments(segments).orElse(null);
            focusMetrics = Metrics.compute(new MetricContext(focusActivity, base.physiology(), focus.log(), line));
            for (int i = 0; i < withMetrics.size(); i++) {
                if (base.activities().get(i) == focus) {
                    focus = withMetrics.get(i).withMetrics(numbers(focusMetrics));
                    withMetrics.set(i, focus);
                }
            }
        }
        History history = new History(base.asOf(), base.zone(), base.athlete(), base.physiology(), withMetrics,
                base.wellness(), base.runLog(), base.labs(), base.loadId(), base.assumptions(), base.problems());
        return new DiagnosisInput(history, Trends.of(history), focus, focusActivity, focusMetrics, windowDays);
    }

    /** The run named by {@code source}, else the latest run up to as-of, else null. */
    static RunSummary focusRun(History history, String source) {
        List<RunSummary> runs = history.runs();
        if (source != null) {
            for (RunSummary r : history.activities()) {
                if (r.source().equals(source)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("no activity " + source + " up to " + history.asOf());
        }
        return runs.isEmpty() ? null : runs.get(runs.size() - 1);
    }

    /** The numeric values of metric results (flags as 1/0); text values are dropped. */
    static Map<String, Double> numbers(MetricResults results) {
        Map<String, Double> out = new LinkedHashMap<>();
        results.values().forEach((k, v) -> {
            if (v instanceof Number n) {
                out.put(k, n.doubleValue());
            } else if (v instanceof Boolean b) {
                out.put(k, b ? 1.0 : 0.0);
            }
        });
        return out;
    }
}
