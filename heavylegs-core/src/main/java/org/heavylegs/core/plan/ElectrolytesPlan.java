package org.heavylegs.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.PlanItem;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.cause.ElectrolyteImbalance;
import org.heavylegs.core.metric.fluids.SodiumLoss;

/**
 * Tip 3 of the article, made personal (SCIENCE.md 3.5). On runs over 2 h or with heavy sweating
 * (Coyle 2004): drinks with 20-30 mmol/L sodium (460-690 mg/L; ACSM 2007), i.e. at the fluid target of
 * the hydration plan about 575 mg per litre; when the measured sweat sodium loss is large, replace
 * 30-60 % of it [heuristic, SCIENCE.md 3.5]. Sodium never justifies drinking more than you sweat.
 * Abnormal potassium, magnesium or calcium: a doctor, no supplements on one's own.
 */
public final class ElectrolytesPlan implements Strategy {

    /** Drink sodium, mmol/L: the middle of ACSM 2007's 20-30 mmol/L. */
    public static final double DRINK_SODIUM_MMOL_L = 25;
    /** Share of measured sweat sodium loss to replace, low and high (SCIENCE.md 3.5 [heuristic]). */
    public static final double REPLACE_LOW = 0.3;
    public static final double REPLACE_HIGH = 0.6;
    /** Fluid rate assumed without a sweat rate, L/h (middle of ACSM 2007's 0.5-1.0 L/h example). */
    public static final double DEFAULT_FLUID_L_PER_H = 0.75;
    /** Runs this long call for sodium (Coyle 2004). */
    public static final double LONG_RUN_H = 2.0;

    @Override
    public String id() {
        return StrategyIds.ELECTROLYTES;
    }

    @Override
    public PlanItem plan(Need need) {
        List<String> actions = new ArrayList<>();
        Map<String, Double> numbers = new LinkedHashMap<>();
        SweatProfile sweat = SweatProfile.of(need.input());
        double mass = need.massKg();
        double fluid = DEFAULT_FLUID_L_PER_H;
        if (!Double.isNaN(sweat.sweatRateLPerH()) && sweat.plannedHours() > 0) {
            double sr = sweat.sweatRateLPerH();
            double lo = Math.max(0, sr - HydrationPlan.MAX_LOSS_FRACTION * mass / sweat.plannedHours());
            fluid = (lo + sr) / 2;
        }
        double mgPerL = DRINK_SODIUM_MMOL_L * SodiumLoss.SODIUM_MG_PER_MMOL;
        double target = fluid * mgPerL;
        double loss = sweat.sodiumLossMgPerH();
        if (!Double.isNaN(loss) && need.callers().stream().anyMatch(a -> a.cause().equals(ElectrolyteImbalance.ID)
                && a.likelihood() == Likelihood.LIKELY)) {
            target = Math.max(REPLACE_LOW * loss, Math.min(REPLACE_HIGH * loss, target));
        }
        numbers.put("sodium_mg_per_h", Rounding.to(target, 10));
        numbers.put("drink_sodium_mg_per_l", Rounding.to(mgPerL, 5));
        if (!Double.isNaN(loss)) {
            numbers.put("sweat_sodium_loss_mg_per_h", Rounding.to(loss, 10));
        }
        actions.add(String.format(Locale.ROOT,
                "On runs over %.0f h or when you sweat heavily, take about %.0f mg of sodium per hour: a sports drink with "
                        + "about %.0f mg sodium per litre, or salt capsules or salty snacks with water.",
                LONG_RUN_H, numbers.get("sodium_mg_per_h"), numbers.get("drink_sodium_mg_per_l")));
        if (!Double.isNaN(loss)) {
            actions.add(String.format(Locale.ROOT,
                    "Your sweat carries about %.0f mg of sodium per hour (assuming %.0f mmol/L; a sweat test would tell "
                            + "your own concentration).", numbers.get("sweat_sodium_loss_mg_per_h"),
                    SodiumLoss.DEFAULT_SWEAT_SODIUM_MMOL_L));
        }
        actions.add("Sodium does not make over-drinking safe: stay within the fluid range of the hydration plan.");
        if (need.callers().stream().anyMatch(a -> a.strategies().contains(StrategyIds.SEE_A_DOCTOR)
                && a.cause().equals(ElectrolyteImbalance.ID))) {
            actions.add("Your blood values are outside the normal range: have them rechecked by a doctor before taking "
                    + "potassium, magnesium or calcium supplements.");
        }
        return new PlanItem(id(), actions, numbers);
    }
}
