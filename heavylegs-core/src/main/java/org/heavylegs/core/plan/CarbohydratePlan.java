package org.heavylegs.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.heavylegs.core.diagnosis.PlanItem;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.cause.LowEnergyAvailability;

/**
 * Tip 2 of the article, made personal (SCIENCE.md 2.3). During runs by duration ({@link CarbIntakeGuide},
 * Jeukendrup 2014). Before: 1-4 g/kg in the 1-4 h before (Thomas, Erdman & Burke 2016). After hard or
 * long sessions: 1.0-1.2 g/kg/h for the first 4 h [recalled]. Daily, by training hours (Thomas 2016):
 * light 3-5 g/kg, about 1 h a day 5-7, 1-3 h a day 6-10, over 4-5 h a day 8-12.
 */
public final class CarbohydratePlan implements Strategy {

    /** Before a run, g/kg, 1 h before (Thomas 2016: 1-4 g/kg 1-4 h before). */
    public static final double PRE_RUN_G_PER_KG = 1.0;
    /** After a hard or long run, g/kg/h for 4 h (Thomas 2016 [recalled]: 1.0-1.2). */
    public static final double RECOVERY_G_PER_KG_PER_H = 1.0;
    /** Daily bands of Thomas 2016, g/kg/day: {up to daily hours, low, high}. */
    static final double[][] DAILY = {{0.5, 3, 5}, {1.0, 5, 7}, {3.0, 6, 10}, {Double.MAX_VALUE, 8, 12}};

    @Override
    public String id() {
        return StrategyIds.CARBOHYDRATE;
    }

    @Override
    public PlanItem plan(Need need) {
        List<String> actions = new ArrayList<>();
        Map<String, Double> numbers = new LinkedHashMap<>();
        double mass = need.massKg();
        double hours = SweatProfile.of(need.input()).plannedHours();
        if (hours > 0) {
            double g = CarbIntakeGuide.gramsPerHour(hours);
            numbers.put("carbs_g_per_h", g);
            numbers.put("planned_run_h", Rounding.to(hours, 0.25));
            if (g == 0) {
                actions.add(String.format(Locale.ROOT, "Runs of %.1f h need no carbohydrate on the way: eat well before "
                        + "and after.", hours));
            } else {
                actions.add(String.format(Locale.ROOT,
                        "On runs of about %.1f h take about %.0f g of carbohydrate per hour from the start (gels, chews or a "
                                + "sports drink)%s.", hours, g, hours >= CarbIntakeGuide.HIGH_FROM_H
                                ? ", as glucose with fructose so your gut can absorb that much" : ""));
            }
        }
        numbers.put("pre_run_carbs_g", Rounding.to(PRE_RUN_G_PER_KG * mass, 5));
        actions.add(String.format(Locale.ROOT,
                "Before long or hard runs eat about %.0f g of carbohydrate in the hour before (1 g/kg), or more (up to "
                        + "4 g/kg) 3-4 h before.", numbers.get("pre_run_carbs_g")));
        numbers.put("recovery_carbs_g_per_h", Rounding.to(RECOVERY_G_PER_KG_PER_H * mass, 5));
        actions.add(String.format(Locale.ROOT,
                "After long or hard runs eat about %.0f g of carbohydrate per hour for the next hours, with some protein.",
                numbers.get("recovery_carbs_g_per_h")));
        double dailyH = need.input().trends().volume().hours() / 7;
        for (double[] band : DAILY) {
            if (dailyH <= band[0]) {
                numbers.put("daily_carbs_min_g", Rounding.to(band[1] * mass, 10));
                numbers.put("daily_carbs_max_g", Rounding.to(band[2] * mass, 10));
                actions.add(String.format(Locale.ROOT,
                        "Every day, for about %.1f h of running a day, eat %.0f-%.0f g of carbohydrate (%.0f-%.0f g/kg).",
                        dailyH, numbers.get("daily_carbs_min_g"), numbers.get("daily_carbs_max_g"), band[1], band[2]));
                break;
            }
        }
        if (need.calledBy(LowEnergyAvailability.ID)) {
            actions.add("Your body mass is falling: eat enough for your training; a sports dietitian can check your "
                    + "energy intake.");
        }
        return new PlanItem(id(), actions, numbers);
    }
}
