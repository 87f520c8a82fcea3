package org.heavylegs.core.metric.dynamics;

import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Mean vertical ratio while running, percent: vertical oscillation over step length (Garmin
 * definition, confirmed; SCIENCE.md 9.2). The device's own channel when present, else computed per
 * second as oscillation (cm) over step length (m), which is the same percentage. Lower is more
 * economical bounce for the distance gained; Garmin's bands are UNCONFIRMED (SCIENCE.md 14 item 1).
 */
public final class VerticalRatio extends RunningMeanMetric {
    public static final String KEY = "vertical_ratio_pct";

    public VerticalRatio() {
        super(KEY, "a vertical-ratio channel, or vertical oscillation with step length (or speed and cadence)",
                "needs vertical oscillation and step length (or speed and cadence) for a minute of running");
    }

    @Override
    double[] channel(RunSeries s) {
        return s.verticalRatioPct();
    }

    /** Without the channel: oscillation (cm) over step length (m) per second, the same percentage. */
    @Override
    Outcome fallback(RunSeries s, boolean[] running) {
        double[] ratio = new double[s.size()];
        double[] vo = s.verticalOscillationCm();
        for (int k = 0; k < ratio.length; k++) {
            double sl = StepLength.at(s, k);
            ratio[k] = sl > 0 ? vo[k] / sl : Double.NaN;
        }
        if (RunningSeconds.count(ratio, running) < MIN_SECONDS) {
            return notApplicable();
        }
        return Outcome.values().with(KEY, RunningSeconds.mean(ratio, running));
    }
}
