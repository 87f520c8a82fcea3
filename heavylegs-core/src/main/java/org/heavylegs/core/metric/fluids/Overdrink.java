package org.heavylegs.core.metric.fluids;

import java.util.List;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;

/**
 * Whether the runner gained mass during the run (post-run mass above pre-run mass), i.e. drank more
 * than was sweated. Weight gain during a marathon was the strongest independent risk factor for
 * hyponatraemia in Boston 2002 (OR 4.2; Almond CSD et al. N Engl J Med 2005;352:1550; SCIENCE.md 3.3,
 * confirmed). The diagnosis combines it with duration and fluid volume.
 */
public final class Overdrink extends SweatBalanceMetric {
    public static final String KEY = "overdrink";

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    public String needs() {
        return "pre_mass_kg and post_mass_kg in this run's runs.csv row";
    }

    @Override
    Outcome compute(SweatBalance b, MetricContext context) {
        return Outcome.values().with(KEY, b.postKg > b.preKg);
    }
}
