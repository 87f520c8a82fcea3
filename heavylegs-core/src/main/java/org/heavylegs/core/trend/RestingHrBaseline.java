package org.heavylegs.core.trend;

import java.time.LocalDate;
import java.util.List;
import org.heavylegs.core.athlete.WellnessDay;

/**
 * Resting heart rate against the athlete's own baseline (SCIENCE.md 4.2 and 10.6): the 7-day mean
 * is compared with the mean of the 60 days ending at the as-of date; it is ABOVE when higher than
 * that mean + max(5 bpm, 1 SD) [heuristic], BELOW when lower than mean - max(5 bpm, 1 SD)
 * (overtraining can move resting HR either way; Plews 2013). A rise of about 10 bpm was seen after
 * a 20-day 500-km race (Dressendorfer 1985). Interpret changes against measurement error
 * (Buchheit 2014, Front Physiol 5:73).
 */
public final class RestingHrBaseline {

    public static final int ROLLING_DAYS = 7;
    public static final int BASELINE_DAYS = 60;
    /** The smallest flagged deviation, bpm [heuristic, SCIENCE.md 10.6]. */
    public static final double MIN_DEVIATION_BPM = 5.0;
    /** The deviation in baseline SDs [heuristic, SCIENCE.md 10.6]. */
    public static final double DEVIATION_SD = 1.0;
    public static final int MIN_ROLLING_DAYS = 3;
    public static final int MIN_BASELINE_DAYS = 14;

    /**
     * @param threshold the deviation used, bpm: max(5, 1 SD)
     */
    public record Result(BaselineState state, double rollingMean, int rollingDays, double baselineMean,
                         double baselineSd, double threshold, int baselineDays, double latest, LocalDate latestDate) {
    }

    private RestingHrBaseline() {
    }

    public static Result of(List<WellnessDay> days, LocalDate asOf) {
        DailyValues v = DailyValues.of(days, asOf, ROLLING_DAYS, BASELINE_DAYS, WellnessDay::restingHr, x -> x);
        double[] recent = v.recent;
        double[] base = v.baseline;
        int nRecent = Stats.count(recent);
        int nBase = Stats.count(base);
        double rolling = nRecent >= MIN_ROLLING_DAYS ? Stats.mean(recent) : Double.NaN;
        if (nBase < MIN_BASELINE_DAYS) {
            return new Result(BaselineState.UNKNOWN, rolling, nRecent, Double.NaN, Double.NaN, Double.NaN, nBase, v.latest, v.latestDate);
        }
        double mean = Stats.mean(base);
        double sd = Stats.sdSample(base);
        double threshold = Math.max(MIN_DEVIATION_BPM, DEVIATION_SD * sd);
        BaselineState state = BaselineState.UNKNOWN;
        if (Double.isFinite(rolling)) {
            state = rolling > mean + threshold ? BaselineState.ABOVE
                    : rolling < mean - threshold ? BaselineState.BELOW : BaselineState.WITHIN;
        }
        return new Result(state, rolling, nRecent, mean, sd, threshold, nBase, v.latest, v.latestDate);
    }
}
