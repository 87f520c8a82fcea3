package org.heavylegs.core.metric.intensity;

import java.util.List;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.grade.Ngp;

/**
 * Intensity factor of a run (SCIENCE.md 10.2, TrainingPeaks convention via Friel): normalized graded
 * pace over threshold pace, both as speeds. 1.0 is a run held at threshold; easy runs sit near
 * 0.65-0.80. Needs the athlete's threshold pace: a default would make the number meaningless.
 */
public final class IntensityFactor implements Metric {
    public static final String KEY = "intensity_factor";
    public static final String NEEDS_THRESHOLD_PACE = "needs threshold_pace in athlete.yaml";

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    public String needs() {
        return "speed for at least 2.5 min and threshold_pace in athlete.yaml";
    }

    @Override
    public Outcome compute(MetricContext context) {
        double thresholdPace = context.physiology().thresholdPaceSPerKm();
        if (!(thresholdPace > 0)) {
            return Outcome.notApplicable(NEEDS_THRESHOLD_PACE);
        }
        double ngp = Ngp.speed(context.series());
        if (!(ngp > 0)) {
            return Outcome.notApplicable("needs speed (or distance or positions) for at least 2.5 min");
        }
        return Outcome.values().with(KEY, ngp * thresholdPace / 1000);
    }
}
