package org.heavylegs.core.trend;

import java.time.LocalDate;
import java.util.List;
import org.heavylegs.core.athlete.WellnessDay;

/**
 * Body mass over weeks, from wellness.csv: the latest weighing, the 7-day mean, the change of the
 * 7-day mean against the 7-day mean four weeks earlier, and the least-squares slope over the last
 * 28 days in kg per week. Day-to-day mass mostly moves with water; the weekly means and the slope
 * show the tissue trend (an energy deficit shows as a steady fall).
 *
 * <p>Reference: SCIENCE.md 1.1, "morning mass trend": the day's mass against its 7-day mean, a drop
 * of more than 1 % with thirst or dark urine pointing to a fluid deficit [heuristic, grade C]. The
 * four-week comparison and the slope are plain descriptive statistics of ours (no literature
 * threshold is attached to them here; the causes that read them say which rule they apply).
 */
public final class BodyMassTrend {

    public static final int MEAN_DAYS = 7;
    public static final int COMPARE_DAYS_BACK = 28;
    public static final int SLOPE_DAYS = 28;
    public static final int MIN_SLOPE_POINTS = 4;

    /**
     * @param changeKg     7-day mean now minus the 7-day mean 28 days earlier
     * @param slopeKgPerWeek least-squares slope over the last 28 days
     */
    public record Result(double latestKg, LocalDate latestDate, double meanKg, int meanDays, double earlierMeanKg,
                         double changeKg, double changePct, double slopeKgPerWeek, int slopePoints) {
    }

    private BodyMassTrend() {
    }

    public static Result of(List<WellnessDay> days, LocalDate asOf) {
        double[] now = new double[MEAN_DAYS];
        double[] then = new double[MEAN_DAYS];
        double[] x = new double[SLOPE_DAYS];
        double[] y = new double[SLOPE_DAYS];
        java.util.Arrays.fill(now, Double.NaN);
        java.util.Arrays.fill(then, Double.NaN);
        java.util.Arrays.fill(y, Double.NaN);
        double latest = Double.NaN;
        LocalDate latestDate = null;
        for (WellnessDay d : days) {
            if (d.bodyMassKg() == null) {
                continue;
            }
            long back = asOf.toEpochDay() - d.date().toEpochDay();
            if (back < 0) {
                continue;
            }
            double m = d.bodyMassKg();
            if (back < MEAN_DAYS) {
                now[(int) back] = m;
            }
            if (back >= COMPARE_DAYS_BACK && back < COMPARE_DAYS_BACK + MEAN_DAYS) {
                then[(int) (back - COMPARE_DAYS_BACK)] = m;
            }
            if (back < SLOPE_DAYS) {
                x[(int) back] = -back;
                y[(int) back] = m;
            }
            if (latestDate == null || d.date().isAfter(latestDate)) {
                latestDate = d.date();
                latest = m;
            }
        }
        double mean = Stats.mean(now);
        double earlier = Stats.mean(then);
        double change = mean - earlier;
        LeastSquaresLine line = LeastSquaresLine.fit(x, y);
        double slope = line.n() >= MIN_SLOPE_POINTS ? line.slope() * 7 : Double.NaN;
        return new Result(latest, latestDate, mean, Stats.count(now), earlier, change, change / earlier * 100,
                slope, line.n());
    }
}
