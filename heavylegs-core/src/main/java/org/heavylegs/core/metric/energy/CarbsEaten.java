package org.heavylegs.core.metric.energy;

import java.util.List;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;

/**
 * Carbohydrate taken during the run, from runs.csv, in grams and grams per hour of timer time. The
 * rate is what Jeukendrup 2014 (Sports Med 44 S1:S25; SCIENCE.md 2.3) recommends by duration: up to
 * 30 g/h for 1-2 h [recalled], up to 60 g/h for 2-3 h, up to 90 g/h beyond 2.5 h (confirmed).
 */
public final class CarbsEaten implements Metric {
    public static final String KEY = "carbs_eaten_g";
    public static final String KEY_RATE = "carbs_eaten_g_per_h";
    /** Plausibility bound for one run, g [heuristic]. */
    static final double MAX_G = 2000;

    @Override
    public List<String> keys() {
        return List.of(KEY, KEY_RATE);
    }

    @Override
    public String needs() {
        return "carbs_g in this run's runs.csv row";
    }

    @Override
    public boolean runningOnly() {
        return false;
    }

    @Override
    public Outcome compute(MetricContext context) {
        Double carbs = context.run().map(RunLogEntry::carbsG).orElse(null);
        if (carbs == null) {
            return Outcome.notApplicable("needs carbs_g in this run's runs.csv row");
        }
        if (!(carbs >= 0 && carbs <= MAX_G)) {
            return Outcome.notApplicable("carbs_g " + carbs + " is not a plausible amount for one run");
        }
        double hours = Totals.of(context.activity()).timerS() / 3600;
        Outcome o = Outcome.values().with(KEY, carbs);
        if (hours > 0) {
            o.with(KEY_RATE, carbs / hours);
        } else {
            o.without(KEY_RATE, "the activity has no duration");
        }
        return o;
    }
}
