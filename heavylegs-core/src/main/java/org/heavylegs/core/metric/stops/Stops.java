package org.heavylegs.core.metric.stops;

import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Stops during the run and their pattern. A stop is a timer pause, a stretch with no recording, or
 * standing still (below {@link #STANDING_SPEED_M_S}) with the timer running; pieces closer than
 * {@link #MERGE_WITHIN_S} are one stop, and stops shorter than {@link #MIN_STOP_S} or touching the
 * first or last minute are ignored.
 *
 * <p>Why: intermittent claudication makes a runner stop at a reproducible distance or effort, with
 * the pain gone within 10 min of standing still (Edinburgh Claudication Questionnaire, Leng &amp;
 * Fowkes 1992; SCIENCE.md 5.1, 5.5); chronic exertional compartment syndrome shows the same repeated
 * stops (SCIENCE.md 5.2). {@code stop_pattern} is "regular" when there are at least
 * {@link #REGULAR_MIN_STOPS} stops, none longer than 10 min, after running bouts of similar length
 * (coefficient of variation at most {@link #REGULAR_MAX_CV}) [heuristic]. Interval sessions with
 * standing recoveries look the same, so the diagnosis must weigh it with intensity and symptoms.
 */
public final class Stops implements Metric {
    public static final String KEY_COUNT = "stop_count";
    public static final String KEY_TOTAL = "stop_total_min";
    public static final String KEY_MEDIAN = "stop_median_s";
    public static final String KEY_BOUT = "stop_bout_median_min";
    public static final String KEY_BOUT_CV = "stop_bout_cv";
    public static final String KEY_PATTERN = "stop_pattern";
    public static final String NONE = "none";
    public static final String FEW = "few";
    public static final String IRREGULAR = "irregular";
    public static final String REGULAR = "regular";

    /** Slower than this is standing still [heuristic]. */
    public static final double STANDING_SPEED_M_S = 0.5;
    /** A stop lasts at least this long [heuristic: shorter halts are traffic or a shoelace]. */
    public static final double MIN_STOP_S = 15;
    /** Stops closer than this are one [heuristic]. */
    static final double MERGE_WITHIN_S = 10;
    /** Stops in the first or last minute of moving time are the start and the finish [heuristic]. */
    static final int EDGE_S = 60;
    /** SCIENCE.md 5.1: claudication pain goes within 10 min of standing still. */
    public static final double CLAUDICATION_RECOVERY_S = 10 * 60;
    /** A pattern needs at least this many stops [heuristic]. */
    public static final int REGULAR_MIN_STOPS = 3;
    /** Bouts of similar length: coefficient of variation at most this [heuristic]. */
    public static final double REGULAR_MAX_CV = 0.25;

    /** One stop: elapsed seconds, and the moving seconds run since the previous stop (or the start). */
    record Stop(double startS, double endS, double boutS) {
        double durationS() {
            return endS - startS;
        }
    }

    @Override
    public List<String> keys() {
        return List.of(KEY_COUNT, KEY_TOTAL, KEY_MEDIAN, KEY_BOUT, KEY_BOUT_CV, KEY_PATTERN);
    }

    @Override
    public String needs() {
        return "timestamps (timer pauses or speed show the stops) over at least 3 min";
    }

    @Override
    public boolean runningOnly() {
        return false;
    }

    @Override
    public Outcome compute(MetricContext context) {
        RunSeries s = context.series();
        if (s.size() < 3 * EDGE_S) {
            return Outcome.notApplicable("needs at least 3 min of moving time");
        }
        List<Stop> stops = find(s);
        Outcome o = Outcome.values().with(KEY_COUNT, stops.size());
        double total = 0;
        double[] durations = new double[stops.size()];
        double[] bouts = new double[stops.size()];
        boolean allShort = true;
        for (int i = 0; i < stops.size(); i++) {
            Stop st = stops.get(i);
            total += st.durationS();
            durations[i] = st.durationS();
            bouts[i] = st.boutS();
            allShort &= st.durationS() <= CLAUDICATION_RECOVERY_S;
        }
        o.with(KEY_TOTAL, total / 60);
        if (stops.isEmpty()) {
            return o.without(KEY_MEDIAN, "no stops").without(KEY_BOUT, "no stops").without(KEY_BOUT_CV, "no stops")
                    .with(KEY_PATTERN, NONE);
        }
        o.with(KEY_MEDIAN, RunSeries.median(durations)).with(KEY_BOUT, RunSeries.median(bouts) / 60);
        double cv = cv(bouts);
        if (stops.size() >= 2) {
            o.with(KEY_BOUT_CV, cv);
        } else {
            o.without(KEY_BOUT_CV, "needs two stops");
        }
        String pattern = stops.size() < REGULAR_MIN_STOPS ? FEW
                : allShort && cv <= REGULAR_MAX_CV ? REGULAR : IRREGULAR;
        return o.with(KEY_PATTERN, pattern);
    }

    /** The stops of a run, in order. */
    static List<Stop> find(RunSeries s) {
        double[] t = s.elapsed();
        double[] v = s.speed();
        int n = s.size();
        // Stopped time as [start, end) in elapsed seconds, in time order, close pieces merged:
        // standing seconds and the gaps of the grid (timer pauses, unrecorded stretches).
        List<double[]> merged = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (v[k] < STANDING_SPEED_M_S) {
                addPiece(merged, t[k], t[k] + 1);
            }
            if (k + 1 < n && t[k + 1] - t[k] > 1) {
                addPiece(merged, t[k] + 1, t[k + 1]);
            }
        }
        // Keep real stops away from the edges; bouts in moving seconds.
        List<Stop> stops = new ArrayList<>();
        double firstOk = t[Math.min(EDGE_S, n - 1)];
        double lastOk = t[Math.max(0, n - 1 - EDGE_S)];
        int previousEndIndex = 0;
        for (double[] m : merged) {
            if (m[1] - m[0] < MIN_STOP_S || m[0] < firstOk || m[1] > lastOk) {
                continue;
            }
            int startIndex = countBefore(t, m[0]);
            int endIndex = countBefore(t, m[1]);
            int standing = 0;
            for (int i = previousEndIndex; i < startIndex; i++) {
                if (v[i] < STANDING_SPEED_M_S) {
                    standing++;
                }
            }
            stops.add(new Stop(m[0], m[1], startIndex - previousEndIndex - standing));
            previousEndIndex = endIndex;
        }
        return stops;
    }

    private static void addPiece(List<double[]> merged, double start, double end) {
        if (!merged.isEmpty() && start - merged.get(merged.size() - 1)[1] <= MERGE_WITHIN_S) {
            double[] m = merged.get(merged.size() - 1);
            m[1] = Math.max(m[1], end);
        } else {
            merged.add(new double[] {start, end});
        }
    }

    /** Number of grid seconds before an elapsed time. */
    private static int countBefore(double[] t, double time) {
        int lo = 0;
        int hi = t.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double cv(double[] x) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / x.length) / mean;
    }
}
