package org.heavylegs.web.view;

import java.util.List;
import org.heavylegs.core.activity.Activity;

/**
 * THE SEAM to the report's charts: the charts of one run for its detail page. Until the report's
 * SVG charts (heavylegs-report, org.heavylegs.report.html) are merged, {@link PaceHeartRateChart}
 * stands in; the lead then wires an implementation that returns the report's focus-run charts
 * (pace, HR, cadence, GCT with the warm-up and late-fade windows) in {@code ServeCommand}.
 */
@FunctionalInterface
public interface RunCharts {

    /** @param run the activity with its samples loaded */
    List<Chart> charts(Activity run);
}
