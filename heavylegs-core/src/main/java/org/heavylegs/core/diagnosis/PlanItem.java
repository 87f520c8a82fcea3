package org.heavylegs.core.diagnosis;

import java.util.List;
import java.util.Map;

/**
 * One of the article's strategies made personal (DESIGN.md 2.3 "plan").
 *
 * @param strategy strategy id: hydration, carbohydrate, electrolytes, rest_recovery, warmup_cooldown,
 *                 footwear_form, gradual_load, see_a_doctor
 * @param actions  plain sentences with the athlete's numbers in them
 * @param numbers  the numbers by key with unit in the name, e.g. fluid_ml_per_h; insertion order kept
 */
public record PlanItem(String strategy, List<String> actions, Map<String, Double> numbers) {
    public PlanItem {
        actions = List.copyOf(actions);
        numbers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(numbers));
    }
}
