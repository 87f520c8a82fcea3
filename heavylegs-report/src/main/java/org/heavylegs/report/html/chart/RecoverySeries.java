package org.heavylegs.report.html.chart;

import java.time.LocalDate;
import java.util.List;

/**
 * Morning HRV and resting heart rate day by day, with the athlete's own baselines (SCIENCE.md 10.6):
 * daily ln rMSSD, its 7-day rolling mean and the baseline band (mean -/+ 0.5 SD of the 30-60-day
 * baseline, Plews et al.), daily resting HR, its 7-day mean and its baseline (60-day mean).
 * One value per day in {@code days}; NaN where missing; a null array counts as all missing.
 */
public record RecoverySeries(List<LocalDate> days, double[] lnRmssd, double[] lnRmssd7d,
                             double[] lnRmssdBandLow, double[] lnRmssdBandHigh,
                             double[] restingHr, double[] restingHr7d, double[] restingHrBaseline) {
    public RecoverySeries {
        days = List.copyOf(days);
        int n = days.size();
        lnRmssd = Series.column(lnRmssd, n, "lnRmssd");
        lnRmssd7d = Series.column(lnRmssd7d, n, "lnRmssd7d");
        lnRmssdBandLow = Series.column(lnRmssdBandLow, n, "lnRmssdBandLow");
        lnRmssdBandHigh = Series.column(lnRmssdBandHigh, n, "lnRmssdBandHigh");
        restingHr = Series.column(restingHr, n, "restingHr");
        restingHr7d = Series.column(restingHr7d, n, "restingHr7d");
        restingHrBaseline = Series.column(restingHrBaseline, n, "restingHrBaseline");
    }
}
