package org.heavylegs.core.trend;

import java.time.LocalDate;
import java.util.List;
import org.heavylegs.core.athlete.Physiology;
import org.heavylegs.core.history.RunSummary;

/**
 * Efficiency factor at easy intensity over weeks (SCIENCE.md 10.7, TrainingPeaks): EF = speed
 * (m/min) / average HR, for easy runs of at least 20 minutes, i.e. average HR at or below 90 % of
 * the threshold HR (about the first ventilatory threshold, SCIENCE.md 10.1 [heuristic]). The median
 * EF of the last 7 days is compared with the median of the 28 days before; a drop of more than 5 %
 * is notable (SCIENCE.md 4.2 [heuristic]). Speed is the flat average speed (distance / timer time)
 * until grade-adjusted speed is available per run, so hilly runs lower EF.
 */
public final class EfficiencyTrend {

    /** Easy = average HR at or below this share of the threshold HR [heuristic, SCIENCE.md 10.1]. */
    public static final double EASY_MAX_FRACTION_OF_THRESHOLD_HR = 0.90;
    /** Runs shorter than this are not steady enough [heuristic]. */
    public static final double MIN_DURATION_S = 20 * 60;
    public static final int RECENT_DAYS = 7;
    /** The baseline window before the recent one (SCIENCE.md 10.7: 28-day median). */
    public static final int BASELINE_DAYS = 28;
    /** An EF drop of more than this is notable [heuristic, SCIENCE.md 4.2]. */
    public static final double DROP_PCT = 5.0;
    public static final int MIN_BASELINE_RUNS = 3;

    /**
     * @param changePct (recent - baseline) / baseline x 100; negative = less efficient
     */
    public record Result(double recentEf, int recentRuns, double baselineEf, int baselineRuns, double changePct) {
        public boolean dropped() {
            return changePct < -DROP_PCT;
        }
    }

    private EfficiencyTrend() {
    }

    /** EF of one run in (m/min)/bpm, NaN when speed or HR is unknown. */
    public static double ef(RunSummary run) {
        return run.speedMPerS() * 60 / run.avgHr();
    }

    /** Steady: a run of at least 20 minutes with distance and average HR. */
    static boolean steady(RunSummary r) {
        return r.isRun() && r.timerS() >= MIN_DURATION_S && Double.isFinite(r.speedMPerS()) && r.speedMPerS() > 0
                && Double.isFinite(r.avgHr()) && r.avgHr() > 0;
    }

    public static Result of(List<RunSummary> activities, Physiology physiology, LocalDate asOf) {
        double easyMax = EASY_MAX_FRACTION_OF_THRESHOLD_HR * physiology.thresholdHr();
        RunWindows w = RunWindows.of(activities, asOf, RECENT_DAYS, BASELINE_DAYS,
                r -> steady(r) && !(r.avgHr() > easyMax));
        double[] recent = w.recent().stream().mapToDouble(EfficiencyTrend::ef).toArray();
        double[] base = w.baseline().stream().mapToDouble(EfficiencyTrend::ef).toArray();
        double rec = Stats.median(recent);
        double bas = base.length >= MIN_BASELINE_RUNS ? Stats.median(base) : Double.NaN;
        double change = Double.isFinite(rec) && bas > 0 ? (rec - bas) / bas * 100 : Double.NaN;
        return new Result(rec, recent.length, bas, base.length, change);
    }
}
