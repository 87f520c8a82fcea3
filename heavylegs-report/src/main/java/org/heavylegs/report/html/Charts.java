package org.heavylegs.report.html;

import java.util.List;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.report.html.chart.CausesChart;
import org.heavylegs.report.html.chart.Chart;
import org.heavylegs.report.html.chart.ChartData;
import org.heavylegs.report.html.chart.DurabilityChart;
import org.heavylegs.report.html.chart.DynamicsChart;
import org.heavylegs.report.html.chart.FocusRunChart;
import org.heavylegs.report.html.chart.LoadChart;
import org.heavylegs.report.html.chart.RecoveryChart;
import org.heavylegs.report.html.chart.SweatChart;

/** The explicit list of the report's charts, in page order (the dashboard can draw the same list). */
public final class Charts {
    private Charts() {
    }

    /** The ranked-causes chart. */
    public static Chart causes(Diagnosis d) {
        return CausesChart.render(d);
    }

    /** The data charts, in page order; each either drawn or a one-line note on what is missing. */
    public static List<Chart> data(ChartData data) {
        ChartData c = data == null ? ChartData.none() : data;
        return List.of(
                LoadChart.render(c.load()),
                RecoveryChart.render(c.recovery()),
                FocusRunChart.render(c.focusRun()),
                DurabilityChart.render(c.efficiency()),
                SweatChart.render(c.sweat()),
                DynamicsChart.render(c.dynamics()));
    }
}
