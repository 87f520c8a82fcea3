package org.heavylegs.core.metric.fluids;

import java.util.List;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;

/**
 * Body mass lost during the run as a share of pre-run mass, percent: (pre - post) / pre x 100
 * (SCIENCE.md 1.1). Above 2 % aerobic performance is likely impaired, especially in warm weather
 * (ACSM 2007 position stand; Sawka, Cheuvront & Kenefick 2015, grade A). Negative means mass was
 * gained: drinking more than was sweated (see {@link Overdrink}).
 */
public final class MassLoss extends SweatBalanceMetric {
    public static final String KEY = "mass_loss_pct";
    /** Above this loss, hypohydration likely impairs aerobic performance, especially in the heat
     *  (ACSM 2007; Sawka et al. 2015; SCIENCE.md 1.1, grade A). */
    public static final double IMPAIRS_ABOVE_PCT = 2.0;

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
        return Outcome.values().with(KEY, pct(b.preKg, b.postKg));
    }

    /** (pre - post) / pre x 100. */
    public static double pct(double preKg, double postKg) {
        return (preKg - postKg) / preKg * 100;
    }
}
