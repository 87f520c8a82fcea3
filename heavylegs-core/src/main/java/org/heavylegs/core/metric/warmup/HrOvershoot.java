package org.heavylegs.core.metric.warmup;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.Rolling;
import org.heavylegs.core.metric.RunSeries;

/**
 * Heart-rate overshoot at the start, one "cold start" sign of SCIENCE.md 6.2 step 4 [heuristic]: the
 * highest 30-s mean heart rate in the first 10 min minus the median heart rate of minutes 10-20,
 * floored at 0. It is only compared when the pace at that peak is within 10 % of the pace of minutes
 * 10-20; otherwise a faster start, not an overshoot, would explain the difference.
 */
public final class HrOvershoot implements Metric {
    public static final String KEY = "hr_overshoot_bpm";
    static final int SMOOTHING_S = 30;
    static final int EARLY_S = 10 * 60;
    static final int REFERENCE_TO_S = 20 * 60;
    /** Pace at the peak must be within this fraction of the reference pace [heuristic]. */
    static final double MAX_SPEED_DIFFERENCE = 0.10;

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    public String needs() {
        return "heart rate and speed over the first 20 min";
    }

    @Override
    public Outcome compute(MetricContext context) {
        RunSeries s = context.series();
        if (s.size() < REFERENCE_TO_S) {
            return Outcome.notApplicable(String.format(Locale.ROOT, "needs a run of at least %d min (has %.0f)",
                    REFERENCE_TO_S / 60, s.size() / 60.0));
        }
        double[] hr = Rolling.centred(s.hr(), SMOOTHING_S);
        double[] v = Rolling.centred(s.gapSpeed(), SMOOTHING_S);
        int peak = -1;
        for (int k = 0; k < EARLY_S; k++) {
            if (!Double.isNaN(hr[k]) && (peak < 0 || hr[k] > hr[peak])) {
                peak = k;
            }
        }
        double reference = RunSeries.median(Arrays.copyOfRange(s.hr(), EARLY_S, REFERENCE_TO_S));
        double referenceSpeed = RunSeries.median(Arrays.copyOfRange(s.gapSpeed(), EARLY_S, REFERENCE_TO_S));
        if (peak < 0 || Double.isNaN(reference)) {
            return Outcome.notApplicable("needs heart rate in the first 10 min and in minutes 10-20");
        }
        if (Double.isNaN(v[peak]) || !(referenceSpeed > 0)) {
            return Outcome.notApplicable("needs speed in the first 20 min to compare like with like");
        }
        if (Math.abs(v[peak] / referenceSpeed - 1) > MAX_SPEED_DIFFERENCE) {
            return Outcome.notApplicable(String.format(Locale.ROOT,
                    "pace at the early heart-rate peak differs by %.0f %% from minutes 10-20 (at most %.0f %%)",
                    100 * Math.abs(v[peak] / referenceSpeed - 1), 100 * MAX_SPEED_DIFFERENCE));
        }
        return Outcome.values().with(KEY, Math.max(0, hr[peak] - reference));
    }
}
