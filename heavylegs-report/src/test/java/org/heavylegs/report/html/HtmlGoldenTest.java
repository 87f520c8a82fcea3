package org.heavylegs.report.html;

import java.util.List;
import java.util.Map;
import org.heavylegs.report.Fixtures;
import org.heavylegs.report.GoldenFiles;
import org.heavylegs.report.html.chart.CausesChart;
import org.heavylegs.report.html.chart.Chart;
import org.heavylegs.report.html.chart.ChartData;
import org.heavylegs.report.html.chart.DurabilityChart;
import org.heavylegs.report.html.chart.DynamicsChart;
import org.heavylegs.report.html.chart.FocusRunChart;
import org.heavylegs.report.html.chart.LoadChart;
import org.heavylegs.report.html.chart.RecoveryChart;
import org.heavylegs.report.html.chart.SweatChart;
import org.junit.jupiter.api.Test;

/** The HTML report and each chart of the fixed synthetic athlete, pinned to reviewed golden files. */
class HtmlGoldenTest {

    @Test
    void fullReport() {
        GoldenFiles.assertMatches("report.html", HtmlReport.render(Fixtures.diagnosis(), Fixtures.chartData()));
    }

    @Test
    void reportWithoutChartData() {
        GoldenFiles.assertMatches("report-no-data.html", HtmlReport.render(Fixtures.diagnosis(), ChartData.none()));
    }

    @Test
    void eachChart() {
        Map<String, Chart> charts = Map.of(
                "causes", CausesChart.render(Fixtures.diagnosis()),
                "load", LoadChart.render(Fixtures.load()),
                "recovery", RecoveryChart.render(Fixtures.recovery()),
                "focus-run", FocusRunChart.render(Fixtures.focusRun()),
                "durability", DurabilityChart.render(Fixtures.efficiency()),
                "sweat", SweatChart.render(Fixtures.sweat()),
                "dynamics", DynamicsChart.render(Fixtures.dynamics()));
        for (String name : List.of("causes", "load", "recovery", "focus-run", "durability", "sweat", "dynamics")) {
            Chart c = charts.get(name);
            GoldenFiles.assertMatches("charts/" + name + ".svg", c.svg());
            GoldenFiles.assertMatches("charts/" + name + ".txt", c.reading() + "\n");
        }
    }
}
