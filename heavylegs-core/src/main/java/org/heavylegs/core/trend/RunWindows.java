package org.heavylegs.core.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.heavylegs.core.history.RunSummary;

/**
 * The runs of a recent window ending at the as-of date and of the baseline window just before it,
 * for trends that compare the two.
 */
record RunWindows(List<RunSummary> recent, List<RunSummary> baseline) {

    /**
     * @param use which runs count
     */
    static RunWindows of(List<RunSummary> activities, LocalDate asOf, int recentDays, int baselineDays,
                         Predicate<RunSummary> use) {
        List<RunSummary> recent = new ArrayList<>();
        List<RunSummary> base = new ArrayList<>();
        for (RunSummary r : activities) {
            if (!use.test(r)) {
                continue;
            }
            long back = asOf.toEpochDay() - r.date().toEpochDay();
            if (back >= 0 && back < recentDays) {
                recent.add(r);
            } else if (back >= recentDays && back < recentDays + baselineDays) {
                base.add(r);
            }
        }
        return new RunWindows(recent, base);
    }

    /** The median average speed of the runs of both windows, m/s: where both are compared. */
    double referenceSpeed() {
        List<RunSummary> all = new ArrayList<>(recent);
        all.addAll(baseline);
        return Stats.median(all.stream().mapToDouble(RunSummary::speedMPerS).toArray());
    }
}
