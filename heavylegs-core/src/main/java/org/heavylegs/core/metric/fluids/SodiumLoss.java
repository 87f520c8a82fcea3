package org.heavylegs.core.metric.fluids;

import java.util.List;
import java.util.Locale;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;

/**
 * Sodium lost in sweat (SCIENCE.md 3.2): sweat volume times sweat sodium concentration times 22.99 mg
 * per mmol. Without a sweat test the concentration is taken as 40 mmol/L [heuristic; athletes'
 * whole-body mean is 35.9 +- 10.4 mmol/L, range 18-71, Baker 2016, confirmed]. Gives the total, the
 * rate per hour and, when runs.csv says how much sodium was taken, the balance.
 */
public final class SodiumLoss extends SweatBalanceMetric {
    public static final String KEY = "sodium_loss_mg";
    public static final String KEY_RATE = "sodium_loss_mg_per_h";
    public static final String KEY_BALANCE = "sodium_balance_mg";
    /** Default sweat sodium, mmol/L [heuristic, SCIENCE.md 3.2]. */
    public static final double DEFAULT_SWEAT_SODIUM_MMOL_L = 40;
    /** Molar mass of sodium, mg/mmol. */
    public static final double SODIUM_MG_PER_MMOL = 22.99;

    @Override
    public List<String> keys() {
        return List.of(KEY, KEY_RATE, KEY_BALANCE);
    }

    @Override
    public String needs() {
        return "pre_mass_kg and post_mass_kg in this run's runs.csv row (sodium_mg for the balance)";
    }

    @Override
    Outcome compute(SweatBalance b, MetricContext context) {
        double sweatL = Math.max(0, b.sweatLossL());
        double loss = mg(sweatL, DEFAULT_SWEAT_SODIUM_MMOL_L);
        Outcome o = Outcome.values().with(KEY, loss)
                .note(String.format(Locale.ROOT, "sweat sodium assumed %.0f mmol/L (no sweat test)", DEFAULT_SWEAT_SODIUM_MMOL_L));
        b.notes.forEach(o::note);
        if (b.hours > 0) {
            o.with(KEY_RATE, loss / b.hours);
        } else {
            o.without(KEY_RATE, "the activity has no duration");
        }
        Double taken = context.run().map(RunLogEntry::sodiumMg).orElse(null);
        if (taken != null && taken >= 0) {
            o.with(KEY_BALANCE, taken - loss);
        } else {
            o.without(KEY_BALANCE, "needs sodium_mg in this run's runs.csv row");
        }
        return o;
    }

    /** Sodium in mg in a volume of sweat at a concentration. */
    public static double mg(double sweatL, double sodiumMmolPerL) {
        return sweatL * sodiumMmolPerL * SODIUM_MG_PER_MMOL;
    }
}
