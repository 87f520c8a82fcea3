package org.heavylegs.core.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.heavylegs.core.athlete.WellnessDay;

/**
 * Subjective wellness against the athlete's own baseline (SCIENCE.md 4.2: questionnaires often
 * beat objective markers; Saw, Main & Gastin 2016, BJSM 50:281 [recalled]). For each item the
 * baseline is the mean and sample SD over the 60 days before the last 7; a day is worse on an item
 * when it is worse than the baseline mean by more than max(1 SD, 1 point). The athlete is flagged
 * when on at least 3 of the last 7 days at least 2 items were worse [heuristic, SCIENCE.md 4.2].
 * Worse means higher for soreness, fatigue, stress and heavy legs, lower for motivation and sleep.
 */
public final class WellnessBaseline {

    public static final int RECENT_DAYS = 7;
    public static final int BASELINE_DAYS = 60;
    public static final int MIN_BASELINE_DAYS = 14;
    /** The smallest deviation that counts as worse, in scale points (or hours of sleep) [heuristic]. */
    public static final double MIN_DEVIATION = 1.0;
    /** ... and in baseline SDs [heuristic]. */
    public static final double DEVIATION_SD = 1.0;
    /** Items that must be worse on one day [heuristic, SCIENCE.md 4.2]. */
    public static final int ITEMS_WORSE = 2;
    /** Days among the last 7 with that many items worse [heuristic, SCIENCE.md 4.2]. */
    public static final int DAYS_WORSE = 3;

    /** A questionnaire item, its key (wellness.csv column) and its direction. */
    public enum Item {
        SORENESS("soreness", true, WellnessDay::soreness),
        FATIGUE("fatigue", true, WellnessDay::fatigue),
        STRESS("stress", true, WellnessDay::stress),
        HEAVY_LEGS("heavy_legs", true, WellnessDay::heavyLegs),
        MOTIVATION("motivation", false, WellnessDay::motivation),
        SLEEP("sleep_h", false, WellnessDay::sleepH);

        private final String key;
        private final boolean higherIsWorse;
        private final Function<WellnessDay, Double> value;

        Item(String key, boolean higherIsWorse, Function<WellnessDay, Double> value) {
            this.key = key;
            this.higherIsWorse = higherIsWorse;
            this.value = value;
        }

        public String key() {
            return key;
        }
    }

    /** One item: recent mean, baseline, and the days of the last 7 it was worse. */
    public record ItemResult(Item item, double recentMean, int recentDays, double baselineMean, double baselineSd,
                             int baselineDays, int daysWorse) {
    }

    /**
     * @param daysWithItemsWorse days among the last 7 with at least {@link #ITEMS_WORSE} items worse
     */
    public record Result(List<ItemResult> items, int daysWithItemsWorse, boolean flagged) {
    }

    private WellnessBaseline() {
    }

    public static Result of(List<WellnessDay> days, LocalDate asOf) {
        Item[] items = Item.values();
        double[][] recent = new double[items.length][RECENT_DAYS];
        double[][] base = new double[items.length][BASELINE_DAYS];
        for (int k = 0; k < items.length; k++) {
            java.util.Arrays.fill(recent[k], Double.NaN);
            java.util.Arrays.fill(base[k], Double.NaN);
        }
        for (WellnessDay d : days) {
            long back = asOf.toEpochDay() - d.date().toEpochDay();
            if (back < 0 || back >= RECENT_DAYS + BASELINE_DAYS) {
                continue;
            }
            for (int k = 0; k < items.length; k++) {
                Double v = items[k].value.apply(d);
                if (v == null) {
                    continue;
                }
                if (back < RECENT_DAYS) {
                    recent[k][(int) back] = v;
                } else {
                    base[k][(int) (back - RECENT_DAYS)] = v;
                }
            }
        }
        int[] worseItemsOnDay = new int[RECENT_DAYS];
        List<ItemResult> results = new ArrayList<>();
        for (int k = 0; k < items.length; k++) {
            int nb = Stats.count(base[k]);
            double mean = nb >= MIN_BASELINE_DAYS ? Stats.mean(base[k]) : Double.NaN;
            double sd = nb >= MIN_BASELINE_DAYS ? Stats.sdSample(base[k]) : Double.NaN;
            int worseDays = 0;
            if (Double.isFinite(mean)) {
                double margin = Math.max(MIN_DEVIATION, DEVIATION_SD * sd);
                for (int b = 0; b < RECENT_DAYS; b++) {
                    double v = recent[k][b];
                    if (Double.isFinite(v) && (items[k].higherIsWorse ? v > mean + margin : v < mean - margin)) {
                        worseDays++;
                        worseItemsOnDay[b]++;
                    }
                }
            }
            results.add(new ItemResult(items[k], Stats.mean(recent[k]), Stats.count(recent[k]), mean, sd, nb, worseDays));
        }
        int flaggedDays = 0;
        for (int c : worseItemsOnDay) {
            if (c >= ITEMS_WORSE) {
                flaggedDays++;
            }
        }
        return new Result(results, flaggedDays, flaggedDays >= DAYS_WORSE);
    }
}
