package org.heavylegs.report.html.chart;

import java.time.LocalDate;
import java.util.List;

/**
 * Training load day by day over the window, as the trends compute it: fitness (CTL, 42-day),
 * fatigue (ATL, 7-day), form (TSB = CTL - ATL) in load points per day, and the EWMA
 * acute:chronic workload ratio. One value per day in {@code days}; NaN where not computable.
 * A null array counts as all missing.
 */
public record LoadSeries(List<LocalDate> days, double[] ctl, double[] atl, double[] tsb, double[] acwr) {
    public LoadSeries {
        days = List.copyOf(days);
        ctl = Series.column(ctl, days.size(), "ctl");
        atl = Series.column(atl, days.size(), "atl");
        tsb = Series.column(tsb, days.size(), "tsb");
        acwr = Series.column(acwr, days.size(), "acwr");
    }
}
