package org.heavylegs.report.html.chart;

/**
 * Running dynamics to compare with the Garmin population bands; NaN when not recorded.
 *
 * @param basis                 what the values are, e.g. "focus run average" or "median of 12 runs"
 * @param cadenceSpm            steps per minute (both feet)
 * @param groundContactMs       ground contact time, ms
 * @param verticalOscillationCm cm
 * @param verticalRatioPct      vertical oscillation / stride length, percent
 * @param gctBalanceLeftPct     left foot's share of ground contact time, percent
 */
public record Dynamics(String basis, double cadenceSpm, double groundContactMs, double verticalOscillationCm,
                       double verticalRatioPct, double gctBalanceLeftPct) {
}
