package org.heavylegs.core.trend;

import java.time.LocalDate;
import java.util.List;
import org.heavylegs.core.athlete.WellnessDay;

/**
 * Heart-rate variability against the athlete's own baseline, after Plews et al. (2012 Eur J Appl
 * Physiol; 2013 Sports Med 43:773; 2014 IJSPP 9:783): the natural log of the morning rMSSD,
 * averaged over a 7-day rolling window (at least 3 valid days, where standardised changes
 * plateau), compared with a normal band built from the past 60 days (HRV4Training's window,
 * Altini): baseline mean +/- the smallest worthwhile change, 0.5 x the baseline SD (sample SD of
 * the daily ln rMSSD values in the 60 days ending at the as-of date). Below the band: train easy.
 * Above can be good, or the "parasympathetic" pattern of deep fatigue (Plews 2013), so both
 * directions are reported. Also the coefficient of variation of ln rMSSD over the 7 days.
 */
public final class HrvBaseline {

    public static final int ROLLING_DAYS = 7;
    public static final int BASELINE_DAYS = 60;
    /** Smallest worthwhile change as a share of the baseline SD (Plews; SCIENCE.md 10.6). */
    public static final double SWC_SD_FRACTION = 0.5;
    /** Valid days the 7-day window needs (Plews 2014: changes plateau after 3-4 days). */
    public static final int MIN_ROLLING_DAYS = 3;
    /** Valid days the baseline needs [heuristic]. */
    public static final int MIN_BASELINE_DAYS = 14;

    /**
     * @param rollingLnRmssd  7-day mean of ln rMSSD
     * @param cvPct           coefficient of variation of ln rMSSD over the 7 days, % (sample SD / mean)
     * @param latestRmssdMs   the latest reading, ms, and its date
     */
    public record Result(BaselineState state, double rollingLnRmssd, int rollingDays, double baselineLnRmssd,
                         double baselineSd, double bandLow, double bandHigh, int baselineDays, double cvPct,
                         double latestRmssdMs, LocalDate latestDate) {
    }

    private HrvBaseline() {
    }

    /** ln(rMSSD in ms), as Plews uses it (oracle O19: 60 ms gives 4.0943). */
    public static double lnRmssd(double rmssdMs) {
        return Math.log(rmssdMs);
    }

    public static Result of(List<WellnessDay> days, LocalDate asOf) {
        DailyValues v = DailyValues.of(days, asOf, ROLLING_DAYS, BASELINE_DAYS,
                d -> d.hrvRmssdMs() == null || !(d.hrvRmssdMs() > 0) ? null : d.hrvRmssdMs(), HrvBaseline::lnRmssd);
        double[] recent = v.recent;
        double[] base = v.baseline;
        int nRecent = Stats.count(recent);
        int nBase = Stats.count(base);
        double rolling = nRecent >= MIN_ROLLING_DAYS ? Stats.mean(recent) : Double.NaN;
        double cv = nRecent >= MIN_ROLLING_DAYS ? Stats.sdSample(recent) / Stats.mean(recent) * 100 : Double.NaN;
        double mean = Double.NaN;
        double sd = Double.NaN;
        double low = Double.NaN;
        double high = Double.NaN;
        BaselineState state = BaselineState.UNKNOWN;
        if (nBase >= MIN_BASELINE_DAYS) {
            mean = Stats.mean(base);
            sd = Stats.sdSample(base);
            low = mean - SWC_SD_FRACTION * sd;
            high = mean + SWC_SD_FRACTION * sd;
            if (Double.isFinite(rolling)) {
                state = rolling < low ? BaselineState.BELOW : rolling > high ? BaselineState.ABOVE : BaselineState.WITHIN;
            }
        }
        return new Result(state, rolling, nRecent, mean, sd, low, high, nBase, cv, v.latest, v.latestDate);
    }
}
