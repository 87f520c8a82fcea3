package org.heavylegs.core.metric.durability;

import java.util.List;
import java.util.Optional;
import org.heavylegs.core.metric.Coverage;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;
import org.heavylegs.core.metric.grade.Ngp;

/**
 * Efficiency factor (SCIENCE.md 10.7; TrainingPeaks, confirmed): normalized graded pace as a speed
 * in metres per minute over the run's mean heart rate, so metres per minute per beat per minute.
 * Higher is fitter. It is only comparable between easy steady runs in similar weather; SCIENCE.md
 * 10.7 suggests a 28-day median as the athlete's baseline [heuristic].
 */
public final class EfficiencyFactor implements Metric {
    public static final String KEY = "efficiency_factor";

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    public String needs() {
        return "heart rate and speed over at least half of the moving time";
    }

    @Override
    public Outcome compute(MetricContext context) {
        RunSeries s = context.series();
        Optional<String> lacking = Coverage.lacking(s, s.hr(), "heart rate")
                .or(() -> Coverage.lacking(s, s.speed(), "speed"));
        if (lacking.isPresent()) {
            return Outcome.notApplicable(lacking.get());
        }
        double ngp = Ngp.speed(s);
        double hr = RunSeries.mean(s.hr(), 0, s.size());
        if (!(ngp > 0)) {
            return Outcome.notApplicable("needs speed for at least 2.5 min");
        }
        return Outcome.values().with(KEY, ngp * 60 / hr);
    }
}
