package org.heavylegs.report.html.chart;

import java.time.LocalDate;

/**
 * One run's durability markers (SCIENCE.md 10.5, 10.7).
 *
 * @param decouplingPct     Pa:HR decoupling, percent (positive: heart rate drifted up); NaN when not
 *                          computable (not a steady run of 60 min or more)
 * @param efficiencyFactor  speed over heart rate, metres per minute per beat per minute; NaN when not computable
 */
public record RunEfficiency(LocalDate date, double decouplingPct, double efficiencyFactor) {
}
