package org.heavylegs.core.trend;

import java.time.LocalDate;
import java.util.List;
import org.heavylegs.core.athlete.WellnessDay;

/**
 * Sleep debt over the last 7 nights: the sum of (need - hours slept) over the nights recorded,
 * floored at zero (a long night repays part of a short one), with the need set at 8 h [heuristic:
 * the middle of the 7-9 h adults are advised (Watson et al. 2015, AASM/SRS consensus: at least 7 h;
 * Hirshkowitz et al. 2015, National Sleep Foundation: 7-9 h); SCIENCE.md 4.3]. Nights without a
 * record are not counted, so the debt is a lower bound; the mean of the last 7 nights is compared
 * with the athlete's own mean over the 60 days before them.
 */
public final class SleepDebt {

    /** Hours of sleep needed per night [heuristic, see class comment]. */
    public static final double NEED_H = 8.0;
    public static final int DAYS = 7;
    public static final int BASELINE_DAYS = 60;
    public static final int MIN_BASELINE_NIGHTS = 14;

    public record Result(double debtH, int nights, double meanH, double baselineMeanH, int baselineNights) {
    }

    private SleepDebt() {
    }

    public static Result of(List<WellnessDay> days, LocalDate asOf) {
        double[] recent = new double[DAYS];
        double[] base = new double[BASELINE_DAYS];
        java.util.Arrays.fill(recent, Double.NaN);
        java.util.Arrays.fill(base, Double.NaN);
        for (WellnessDay d : days) {
            if (d.sleepH() == null) {
                continue;
            }
            long back = asOf.toEpochDay() - d.date().toEpochDay();
            if (back >= 0 && back < DAYS) {
                recent[(int) back] = d.sleepH();
            } else if (back >= DAYS && back < DAYS + BASELINE_DAYS) {
                base[(int) (back - DAYS)] = d.sleepH();
            }
        }
        int n = Stats.count(recent);
        double debt = 0;
        for (double h : recent) {
            if (Double.isFinite(h)) {
                debt += NEED_H - h;
            }
        }
        int nb = Stats.count(base);
        return new Result(n == 0 ? Double.NaN : Math.max(0, debt), n, Stats.mean(recent),
                nb >= MIN_BASELINE_NIGHTS ? Stats.mean(base) : Double.NaN, nb);
    }
}
