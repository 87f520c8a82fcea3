package org.heavylegs.core.metric.fluids;

import java.util.List;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;

/**
 * Sweat rate, litres per hour, and sweat lost in the run, litres ({@link SweatBalance}: mass lost plus
 * fluid drunk minus urine). Athletes typically sweat 0.5-2.0 L/h; the mean of 1,303 athletes was
 * 1.2 L/h (Baker LB et al. 2016/2019; SCIENCE.md 1.1).
 */
public final class SweatRate extends SweatBalanceMetric {
    public static final String KEY = "sweat_rate_l_per_h";
    public static final String KEY_LOSS = "sweat_loss_l";

    @Override
    public List<String> keys() {
        return List.of(KEY, KEY_LOSS);
    }

    @Override
    public String needs() {
        return "pre_mass_kg and post_mass_kg in this run's runs.csv row (fluid_ml, urine_ml if any)";
    }

    @Override
    Outcome compute(SweatBalance b, MetricContext context) {
        if (b.sweatLossL() < 0) {
            return Outcome.notApplicable(String.format(java.util.Locale.ROOT,
                    "mass rose by more than the fluid drunk (%.1f to %.1f kg with %.0f mL): check runs.csv",
                    b.preKg, b.postKg, 1000 * b.fluidL));
        }
        Outcome o = Outcome.values().with(KEY, b.sweatRateLPerH()).with(KEY_LOSS, b.sweatLossL());
        b.notes.forEach(o::note);
        if (!(b.hours > 0)) {
            o.without(KEY, "the activity has no duration");
        }
        return o;
    }

    /** (pre - post + fluid - urine) / hours, L/h, with masses in kg and volumes in L. */
    public static double of(double preKg, double postKg, double fluidL, double urineL, double hours) {
        return SweatBalance.sweat(preKg, postKg, fluidL, urineL) / hours;
    }
}
