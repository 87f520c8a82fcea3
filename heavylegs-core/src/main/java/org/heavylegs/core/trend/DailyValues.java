package org.heavylegs.core.trend;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.heavylegs.core.athlete.WellnessDay;

/**
 * One daily wellness reading over the days ending at the as-of date, for a baseline comparison:
 * the baseline window and the recent window within it (index 0 is the as-of date, NaN on days
 * without a reading), and the latest reading with its date.
 */
final class DailyValues {
    final double[] recent;
    final double[] baseline;
    /** The latest raw reading (NaN when none) and its date (null when none). */
    final double latest;
    final LocalDate latestDate;

    private DailyValues(double[] recent, double[] baseline, double latest, LocalDate latestDate) {
        this.recent = recent;
        this.baseline = baseline;
        this.latest = latest;
        this.latestDate = latestDate;
    }

    /**
     * @param reading the day's reading, null when it has none that can be used
     * @param kept    what the windows hold for a reading (the latest is kept as read)
     */
    static DailyValues of(List<WellnessDay> days, LocalDate asOf, int recentDays, int baselineDays,
                          Function<WellnessDay, Double> reading, DoubleUnaryOperator kept) {
        double[] recent = new double[recentDays];
        double[] base = new double[baselineDays];
        Arrays.fill(recent, Double.NaN);
        Arrays.fill(base, Double.NaN);
        double latest = Double.NaN;
        LocalDate latestDate = null;
        for (WellnessDay d : days) {
            Double value = reading.apply(d);
            if (value == null) {
                continue;
            }
            long back = asOf.toEpochDay() - d.date().toEpochDay();
            if (back < 0 || back >= baselineDays) {
                continue;
            }
            double x = kept.applyAsDouble(value);
            base[(int) back] = x;
            if (back < recentDays) {
                recent[(int) back] = x;
            }
            if (latestDate == null || d.date().isAfter(latestDate)) {
                latestDate = d.date();
                latest = value;
            }
        }
        return new DailyValues(recent, base, latest, latestDate);
    }
}
