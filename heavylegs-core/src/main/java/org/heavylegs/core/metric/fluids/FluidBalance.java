package org.heavylegs.core.metric.fluids;

import java.util.List;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;

/**
 * How much of the sweat was replaced by drinking, millilitres: fluid drunk minus sweat lost
 * ({@link SweatBalance}). Negative is a deficit; positive means more was drunk than sweated, which
 * ACSM 2007 advises against (SCIENCE.md 1.2: never gain weight) and which raises the risk of
 * exercise-associated hyponatraemia (Almond 2005, weight gain OR 4.2).
 */
public final class FluidBalance extends SweatBalanceMetric {
    public static final String KEY = "fluid_balance_ml";

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    public String needs() {
        return "pre_mass_kg, post_mass_kg and fluid_ml in this run's runs.csv row";
    }

    @Override
    Outcome compute(SweatBalance b, MetricContext context) {
        return Outcome.values().with(KEY, 1000 * (b.fluidL - b.sweatLossL()));
    }
}
