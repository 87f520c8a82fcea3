package org.heavylegs.core.metric.load;

import java.util.List;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;
import org.heavylegs.core.metric.grade.Ngp;
import org.heavylegs.core.metric.intensity.IntensityFactor;

/**
 * Running training stress from pace (SCIENCE.md 10.2, confirmed via Friel): with the intensity
 * factor IF = NGP / threshold pace, both as speeds,
 * <pre>r_tss = hours x IF^2 x 100</pre>
 * so one hour at threshold pace scores 100. Hours are moving time. NGP follows {@link Ngp}.
 */
public final class RTss implements Metric {
    public static final String KEY = "r_tss";

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
            return Outcome.notApplicable(IntensityFactor.NEEDS_THRESHOLD_PACE);
        }
        RunSeries s = context.series();
        double ngp = Ngp.speed(s);
        if (!(ngp > 0)) {
            return Outcome.notApplicable("needs speed (or distance or positions) for at least 2.5 min");
        }
        double intensity = ngp / (1000 / thresholdPace);
        return Outcome.values().with(KEY, of(s.size() / 3600.0, intensity));
    }

    /** hours x IF^2 x 100. */
    public static double of(double hours, double intensityFactor) {
        return hours * intensityFactor * intensityFactor * 100;
    }
}
