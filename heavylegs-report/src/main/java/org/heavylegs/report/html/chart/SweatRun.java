package org.heavylegs.report.html.chart;

import java.time.LocalDate;

/**
 * One logged run's fluid balance (SCIENCE.md 1.1, 3.3).
 *
 * @param massLossPct     (pre - post) / pre x 100; negative when the runner came back heavier
 * @param sweatRateLPerH  (pre - post + fluid - urine) / hours; NaN when fluids were not logged
 */
public record SweatRun(LocalDate date, double massLossPct, double sweatRateLPerH) {
}
