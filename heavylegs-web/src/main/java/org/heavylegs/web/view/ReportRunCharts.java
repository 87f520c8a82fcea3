package org.heavylegs.web.view;

import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.report.html.chart.ChartInputs;
import org.heavylegs.report.html.chart.FocusRun;
import org.heavylegs.report.html.chart.FocusRunChart;

/**
 * A run's charts on its detail page: the report's focus-run chart (pace, heart rate, cadence and
 * ground contact time over time, with the warm-up and late-fade windows marked), so the dashboard
 * and report.html draw a run the same way.
 */
public final class ReportRunCharts implements RunCharts {

    @Override
    public List<Chart> charts(Activity run) {
        FocusRun focus = ChartInputs.focus(run);
        if (focus == null) {
            return List.of();
        }
        org.heavylegs.report.html.chart.Chart c = FocusRunChart.renderRun(focus);
        return c.drawn() ? List.of(new Chart(c.title(), c.reading(), c.svg())) : List.of();
    }
}
