package org.heavylegs.core.trend;

import java.time.LocalDate;
import java.util.List;
import org.heavylegs.core.history.RunSummary;

/**
 * Heart rate at a fixed pace over weeks (SCIENCE.md 8.3 and 4.2): for steady runs (at least 20
 * minutes), a least-squares line of average HR on average speed is fitted in the recent window
 * (14 days) and in the baseline window (the 42 days before), and both are read at the same
 * reference speed: the median speed of all those runs. When the speeds of a window barely differ
 * (SD below 0.1 m/s) the line is not trusted and the window's mean HR stands for the HR at its mean
 * speed, used only if that speed is within 5 % of the reference. A rise of 5 bpm or more at the same
 * pace is notable [heuristic, by analogy with the resting-HR rule].
 */
public final class HrAtPaceTrend {

    public static final int RECENT_DAYS = 14;
    public static final int BASELINE_DAYS = 42;
    /** Below this speed spread (sample SD, m/s) a window's line is not trusted [heuristic]. */
    public static final double MIN_SPEED_SD_M_S = 0.1;
    /** A window without a usable line must have run within this share of the reference speed [heuristic]. */
    public static final double SPEED_BAND_FRACTION = 0.05;
    public static final int MIN_RUNS = 3;
    /** A rise of this many bpm at the same pace is notable [heuristic]. */
    public static final double RISE_BPM = 5.0;

    /**
     * @param referenceSpeedMPerS the speed both windows are read at
     * @param changeBpm           recent minus baseline
     */
    public record Result(double referenceSpeedMPerS, double recentHr, int recentRuns, double baselineHr,
                         int baselineRuns, double changeBpm) {
        public boolean risen() {
            return changeBpm >= RISE_BPM;
        }
    }

    private HrAtPaceTrend() {
    }

    public static Result of(List<RunSummary> activities, LocalDate asOf) {
        RunWindows w = RunWindows.of(activities, asOf, RECENT_DAYS, BASELINE_DAYS, EfficiencyTrend::steady);
        List<RunSummary> recent = w.recent();
        List<RunSummary> base = w.baseline();
        double ref = w.referenceSpeed();
        double rec = hrAt(recent, ref);
        double bas = hrAt(base, ref);
        return new Result(ref, rec, recent.size(), bas, base.size(), rec - bas);
    }

    private static double hrAt(List<RunSummary> runs, double ref) {
        if (runs.size() < MIN_RUNS || !Double.isFinite(ref)) {
            return Double.NaN;
        }
        double[] v = runs.stream().mapToDouble(RunSummary::speedMPerS).toArray();
        double[] hr = runs.stream().mapToDouble(RunSummary::avgHr).toArray();
        LeastSquaresLine line = LeastSquaresLine.fit(v, hr);
        if (line.xSd() >= MIN_SPEED_SD_M_S) {
            return line.at(ref);
        }
        double meanV = Stats.mean(v);
        return Math.abs(meanV - ref) <= SPEED_BAND_FRACTION * ref ? Stats.mean(hr) : Double.NaN;
    }
}
