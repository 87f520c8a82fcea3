package org.heavylegs.report.html.chart;

import java.util.List;

/**
 * Everything the report's charts draw besides the diagnosis itself. Any part may be null (or an
 * empty list): its chart then says in one line which data is missing.
 */
public record ChartData(LoadSeries load, RecoverySeries recovery, FocusRun focusRun,
                        List<RunEfficiency> efficiency, List<SweatRun> sweat, Dynamics dynamics) {
    public ChartData {
        efficiency = efficiency == null ? List.of() : List.copyOf(efficiency);
        sweat = sweat == null ? List.of() : List.copyOf(sweat);
    }

    /** No chart data at all: only the causes chart is drawn. */
    public static ChartData none() {
        return new ChartData(null, null, null, List.of(), List.of(), null);
    }
}
