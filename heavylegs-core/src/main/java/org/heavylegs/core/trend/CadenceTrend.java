package org.heavylegs.core.trend;

import java.time.LocalDate;
import java.util.List;
import org.heavylegs.core.history.RunSummary;

/**
 * The cadence-speed line across runs: runners raise cadence with speed, so a cadence is only
 * comparable at the same speed (SCIENCE.md 9.1). A least-squares line of average cadence (spm) on
 * average speed (m/s) is fitted over the runs of the recent 28 days and of the 56 days before, and
 * both are read at the median speed of all those runs; a lower cadence at the same speed can be
 * fatigue or a change of form. Written here for the trends; a per-run cadence-speed line from the
 * streams belongs to the per-run metrics. Same trust rules as {@link HrAtPaceTrend}.
 */
public final class CadenceTrend {

    public static final int RECENT_DAYS = 28;
    public static final int BASELINE_DAYS = 56;
    public static final int MIN_RUNS = 3;
    /** Lowest plausible running cadence, spm: below it the value is per leg or walking [heuristic]. */
    public static final double MIN_RUNNING_CADENCE_SPM = 120;

    /**
     * @param slopeSpmPerMS   recent line's slope, spm per m/s (NaN when not trusted)
     * @param changeSpm       recent minus baseline cadence at the reference speed
     */
    public record Result(double referenceSpeedMPerS, double recentCadence, double slopeSpmPerMS, int recentRuns,
                         double baselineCadence, int baselineRuns, double changeSpm) {
    }

    private CadenceTrend() {
    }

    public static Result of(List<RunSummary> activities, LocalDate asOf) {
        RunWindows w = RunWindows.of(activities, asOf, RECENT_DAYS, BASELINE_DAYS,
                r -> EfficiencyTrend.steady(r) && r.avgCadenceSpm() >= MIN_RUNNING_CADENCE_SPM);
        List<RunSummary> recent = w.recent();
        List<RunSummary> base = w.baseline();
        double ref = w.referenceSpeed();
        LeastSquaresLine recentLine = line(recent);
        double rec = at(recent, recentLine, ref);
        double bas = at(base, line(base), ref);
        double slope = recentLine.xSd() >= HrAtPaceTrend.MIN_SPEED_SD_M_S ? recentLine.slope() : Double.NaN;
        return new Result(ref, rec, slope, recent.size(), bas, base.size(), rec - bas);
    }

    private static LeastSquaresLine line(List<RunSummary> runs) {
        return LeastSquaresLine.fit(runs.stream().mapToDouble(RunSummary::speedMPerS).toArray(),
                runs.stream().mapToDouble(RunSummary::avgCadenceSpm).toArray());
    }

    private static double at(List<RunSummary> runs, LeastSquaresLine line, double ref) {
        if (runs.size() < MIN_RUNS || !Double.isFinite(ref)) {
            return Double.NaN;
        }
        if (line.xSd() >= HrAtPaceTrend.MIN_SPEED_SD_M_S) {
            return line.at(ref);
        }
        double meanV = line.xMean();
        return Math.abs(meanV - ref) <= HrAtPaceTrend.SPEED_BAND_FRACTION * ref
                ? Stats.mean(runs.stream().mapToDouble(RunSummary::avgCadenceSpm).toArray()) : Double.NaN;
    }
}
