package org.heavylegs.core.trend;

import java.time.LocalDate;
import java.util.List;
import org.heavylegs.core.history.RunSummary;

/**
 * Running volume of the last 7 days against the 7 days before: distance, time, number of runs and
 * the week-to-week change. SCIENCE.md 10.4 recommends week-to-week change and CTL ramp over ACWR;
 * no threshold is applied here (the "10 % rule" is folklore without support).
 */
public final class WeeklyVolume {

    public static final int WEEK_DAYS = 7;

    /**
     * @param changePct distance change against the previous week, %, NaN when that week had none
     */
    public record Result(double distanceKm, double hours, int runs, double previousDistanceKm,
                         double previousHours, int previousRuns, double changePct) {
    }

    private WeeklyVolume() {
    }

    public static Result of(List<RunSummary> activities, LocalDate asOf) {
        LocalDate weekStart = asOf.minusDays(WEEK_DAYS - 1L);
        LocalDate prevStart = weekStart.minusDays(WEEK_DAYS);
        double km = 0;
        double h = 0;
        int n = 0;
        double pkm = 0;
        double ph = 0;
        int pn = 0;
        for (RunSummary r : activities) {
            if (!r.isRun() || r.date().isAfter(asOf) || r.date().isBefore(prevStart)) {
                continue;
            }
            double d = Double.isFinite(r.distanceM()) ? r.distanceM() / 1000 : 0;
            double t = Double.isFinite(r.timerS()) ? r.timerS() / 3600 : 0;
            if (r.date().isBefore(weekStart)) {
                pkm += d;
                ph += t;
                pn++;
            } else {
                km += d;
                h += t;
                n++;
            }
        }
        double change = pkm > 0 ? (km - pkm) / pkm * 100 : Double.NaN;
        return new Result(km, h, n, pkm, ph, pn, change);
    }
}
