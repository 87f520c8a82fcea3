package org.heavylegs.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.heavylegs.core.diagnosis.PlanItem;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.cause.HeatStress;
import org.heavylegs.core.metric.fluids.MassLoss;

/**
 * Tip 1 of the article, made personal (SCIENCE.md 1.2). During runs: drink enough to lose no more
 * than 2 % of body mass and never so much that mass rises (ACSM 2007, Sawka et al.): from the measured
 * sweat rate SR (L/h) and the planned duration t (h), the lowest intake is SR - 0.02 x mass / t, the
 * highest SR [heuristic built on the ACSM goal]; the target is the middle. Before: 5-7 mL/kg at least
 * 4 h before (ACSM 2007). After: about 1.5 L per kg lost (ACSM 2007, "about 150 %"). In heat: 10-14 days
 * of progressive acclimatisation (ACSM 2007; NATA).
 */
public final class HydrationPlan implements Strategy {

    /** The largest mass loss to allow, share of body mass (ACSM 2007). */
    public static final double MAX_LOSS_FRACTION = MassLoss.IMPAIRS_ABOVE_PCT / 100;
    /** Drink before a run, mL per kg, at least 4 h before (ACSM 2007: 5-7 mL/kg; the middle). */
    public static final double PRE_RUN_ML_PER_KG = 6;
    /** Drink after a run per kg lost, mL (ACSM 2007: about 150 % of the loss). */
    public static final double AFTER_ML_PER_KG_LOST = 1500;
    /** Days of progressive heat acclimatisation (ACSM 2007; NATA). */
    public static final double HEAT_ACCLIMATISATION_DAYS = 14;

    @Override
    public String id() {
        return StrategyIds.HYDRATION;
    }

    @Override
    public PlanItem plan(Need need) {
        List<String> actions = new ArrayList<>();
        Map<String, Double> numbers = new LinkedHashMap<>();
        double mass = need.massKg();
        double maxLossKg = MAX_LOSS_FRACTION * mass;
        SweatProfile sweat = SweatProfile.of(need.input());
        double t = sweat.plannedHours();
        if (!Double.isNaN(sweat.sweatRateLPerH()) && t > 0) {
            double sr = sweat.sweatRateLPerH();
            double lo = Math.max(0, sr - maxLossKg / t);
            double hi = sr;
            double target = (lo + hi) / 2;
            numbers.put("fluid_ml_per_h", Rounding.to(1000 * target, 50));
            numbers.put("fluid_min_ml_per_h", Rounding.to(1000 * lo, 50));
            numbers.put("fluid_max_ml_per_h", Rounding.to(1000 * hi, 50));
            numbers.put("sweat_rate_l_per_h", Rounding.to(sr, 0.05));
            numbers.put("planned_run_h", Rounding.to(t, 0.25));
            actions.add(String.format(Locale.ROOT,
                    "On runs of about %.1f h drink about %.0f mL per hour: at least %.0f mL/h keeps your loss under 2 %% "
                            + "(%.1f kg), more than %.0f mL/h (your sweat rate, from %d logged run%s) would make you gain weight.",
                    t, numbers.get("fluid_ml_per_h"), numbers.get("fluid_min_ml_per_h"), maxLossKg,
                    numbers.get("fluid_max_ml_per_h"), sweat.runs(), sweat.runs() == 1 ? "" : "s"));
            if (lo == 0) {
                actions.add(String.format(Locale.ROOT, "Runs under %.0f min need no drink at your sweat rate, if you start hydrated.",
                        60 * maxLossKg / sr));
            }
        } else {
            actions.add(String.format(Locale.ROOT,
                    "Measure your sweat rate: weigh yourself (same clothes) before and after a run of about an hour and log "
                            + "pre_mass_kg, post_mass_kg and fluid_ml in runs.csv. Until then drink to thirst and aim to lose "
                            + "no more than %.1f kg (2 %%) on a run, and never gain weight.", maxLossKg));
        }
        numbers.put("max_mass_loss_kg", Rounding.to(maxLossKg, 0.1));
        numbers.put("pre_run_fluid_ml", Rounding.to(PRE_RUN_ML_PER_KG * mass, 50));
        actions.add(String.format(Locale.ROOT,
                "Before: drink about %.0f mL at least 4 h before a run (5-7 mL/kg); your urine should be pale yellow.",
                numbers.get("pre_run_fluid_ml")));
        double lastLoss = need.input().focus(MassLoss.KEY) / 100 * mass;
        numbers.put("after_ml_per_kg_lost", AFTER_ML_PER_KG_LOST);
        if (lastLoss > 0) {
            numbers.put("rehydrate_ml", Rounding.to(AFTER_ML_PER_KG_LOST * lastLoss, 50));
            actions.add(String.format(Locale.ROOT,
                    "After: replace about 1.5 L per kg lost with some salty food; after your last run (%.1f kg lost) that is "
                            + "about %.0f mL over the next hours.", lastLoss, numbers.get("rehydrate_ml")));
        } else {
            actions.add("After: replace about 1.5 L per kg lost, with some salty food.");
        }
        if (need.calledBy(HeatStress.ID)) {
            numbers.put("heat_acclimatisation_days", HEAT_ACCLIMATISATION_DAYS);
            actions.add("In the heat: run in the cooler hours, slow down, and get used to heat over 10-14 days of "
                    + "gradually longer runs in it.");
        }
        return new PlanItem(id(), actions, numbers);
    }
}
