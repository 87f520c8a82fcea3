package org.heavylegs.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.PlanItem;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.TestInput;
import org.heavylegs.core.diagnosis.Urgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlannerTest {

    static Assessment likely(String cause, double score, String... strategies) {
        return new Assessment(cause, Likelihood.LIKELY, score, List.of(), List.of(), List.of(strategies));
    }

    static Assessment possible(String cause, double score, String... strategies) {
        return new Assessment(cause, Likelihood.POSSIBLE, score, List.of(), List.of(), List.of(strategies));
    }

    static PlanItem item(List<PlanItem> plan, String id) {
        return plan.stream().filter(p -> p.strategy().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void fluidRangeFromTheMeasuredSweatRate() {
        TestInput t = new TestInput();
        t.focusRun(90, 150, Map.of("sweat_rate_l_per_h", 1.2, "mass_loss_pct", 2.5));
        List<PlanItem> plan = Planner.plan(t.build(), List.of(likely("dehydration", 0.6, StrategyIds.HYDRATION)), List.of());
        Map<String, Double> n = item(plan, StrategyIds.HYDRATION).numbers();
        // 70 kg, 1.5 h: lowest 1.2 - 1.4 / 1.5 = 0.267 L/h, highest 1.2 L/h, target the middle
        assertThat(n.get("fluid_min_ml_per_h")).isEqualTo(250.0);
        assertThat(n.get("fluid_max_ml_per_h")).isEqualTo(1200.0);
        assertThat(n.get("fluid_ml_per_h")).isEqualTo(750.0);
        assertThat(n.get("max_mass_loss_kg")).isEqualTo(1.4);
        assertThat(n.get("pre_run_fluid_ml")).isEqualTo(400.0);
        assertThat(n.get("rehydrate_ml")).isEqualTo(2650.0); // 1.5 L x 1.75 kg
    }

    static Stream<Integer> seeds() {
        return IntStream.range(0, 40).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void drinkingAnywhereInTheRangeLosesAtMostTwoPercentAndGainsNothing(int seed) {
        Random r = new Random(seed);
        double sweat = 0.3 + 2.2 * r.nextDouble();
        double minutes = 45 + 200 * r.nextDouble();
        TestInput t = new TestInput();
        t.massKg = 45 + 50 * r.nextDouble();
        t.focusRun(minutes, 150, Map.of("sweat_rate_l_per_h", sweat));
        Map<String, Double> n = item(Planner.plan(t.build(), List.of(likely("dehydration", 0.6, StrategyIds.HYDRATION)),
                List.of()), StrategyIds.HYDRATION).numbers();
        double hours = minutes / 60;
        double lo = n.get("fluid_min_ml_per_h") / 1000;
        double hi = n.get("fluid_max_ml_per_h") / 1000;
        double target = n.get("fluid_ml_per_h") / 1000;
        double roundingL = 0.025;
        assertThat(lo).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(target);
        assertThat(target).isLessThanOrEqualTo(hi);
        assertThat((sweat - lo - roundingL) * hours).as("loss at the lowest intake, kg")
                .isLessThanOrEqualTo(0.02 * t.massKg + 1e-9);
        assertThat(sweat - hi).as("no gain at the highest intake").isGreaterThanOrEqualTo(-roundingL);
    }

    @Test
    void withoutASweatRateTheHydrationPlanSaysHowToMeasureIt() {
        TestInput t = new TestInput();
        t.focusRun(60, 150, Map.of());
        PlanItem p = item(Planner.plan(t.build(), List.of(possible("heat_stress", 0.3, StrategyIds.HYDRATION)), List.of()),
                StrategyIds.HYDRATION);
        assertThat(p.numbers()).doesNotContainKey("fluid_ml_per_h").containsEntry("max_mass_loss_kg", 1.4)
                .containsEntry("heat_acclimatisation_days", 14.0);
        assertThat(p.actions().get(0)).contains("pre_mass_kg");
    }

    @Test
    void carbohydrateByDurationAfterJeukendrup() {
        assertThat(CarbIntakeGuide.gramsPerHour(0.5)).isZero();
        assertThat(CarbIntakeGuide.gramsPerHour(1.0)).isZero();
        assertThat(CarbIntakeGuide.gramsPerHour(1.5)).isEqualTo(30);
        assertThat(CarbIntakeGuide.gramsPerHour(2.2)).isEqualTo(60);
        assertThat(CarbIntakeGuide.gramsPerHour(3.0)).isEqualTo(90);
        TestInput t = new TestInput();
        t.focusRun(180, 150, Map.of());
        Map<String, Double> n = item(Planner.plan(t.build(), List.of(likely("glycogen_depletion", 0.6,
                StrategyIds.CARBOHYDRATE)), List.of()), StrategyIds.CARBOHYDRATE).numbers();
        assertThat(n).containsEntry("carbs_g_per_h", 90.0).containsEntry("pre_run_carbs_g", 70.0)
                .containsEntry("recovery_carbs_g_per_h", 70.0);
    }

    @Test
    void sodiumFollowsTheDrinkConcentration() {
        TestInput t = new TestInput();
        t.focusRun(150, 150, Map.of());
        Map<String, Double> n = item(Planner.plan(t.build(), List.of(possible("electrolyte_imbalance", 0.3,
                StrategyIds.ELECTROLYTES)), List.of()), StrategyIds.ELECTROLYTES).numbers();
        // 0.75 L/h x 25 mmol/L x 22.99 mg/mmol = 431 mg/h
        assertThat(n.get("sodium_mg_per_h")).isEqualTo(430.0);
        assertThat(n.get("drink_sodium_mg_per_l")).isCloseTo(575, within(5.0));
    }

    @Test
    void warmUpHeartRatesFromTheAthletesReserve() {
        TestInput t = new TestInput();
        t.focusRun(50, 150, Map.of("temperature_c", 5.0, "temperature_source", "runs.csv"));
        Map<String, Double> n = item(Planner.plan(t.build(), List.of(likely("inadequate_warmup", 0.6,
                StrategyIds.WARMUP_COOLDOWN)), List.of()), StrategyIds.WARMUP_COOLDOWN).numbers();
        // rest 50, max 190: 50 % and 60 % of the reserve
        assertThat(n).containsEntry("warmup_hr_min_bpm", 120.0).containsEntry("warmup_hr_max_bpm", 134.0)
                .containsEntry("warmup_min", 15.0);
    }

    @Test
    void cadenceTargetFivePercentUp() {
        TestInput t = new TestInput();
        t.shoeKm = 900.0;
        t.focusRun(50, 150, Map.of("cadence_spm", 160.0));
        PlanItem p = item(Planner.plan(t.build(), List.of(likely("biomechanics", 0.6, StrategyIds.FOOTWEAR_FORM),
                possible("worn_shoes", 0.2, StrategyIds.FOOTWEAR_FORM)), List.of()), StrategyIds.FOOTWEAR_FORM);
        assertThat(p.numbers()).containsEntry("cadence_target_spm", 168.0).containsEntry("cadence_max_spm", 176.0)
                .containsEntry("shoe_km", 900.0);
    }

    @Test
    void restAndLoadCeilingForLikelyOvertraining() {
        TestInput t = new TestInput();
        for (int d = 40; d >= 1; d--) {
            t.run(d, 60, 145);
        }
        t.focusRun(60, 145, Map.of());
        List<PlanItem> plan = Planner.plan(t.build(), List.of(likely("overtraining", 0.7, StrategyIds.REST_RECOVERY,
                StrategyIds.GRADUAL_LOAD)), List.of());
        assertThat(item(plan, StrategyIds.REST_RECOVERY).numbers()).containsEntry("load_reduction_pct", 40.0)
                .containsEntry("reduction_days", 14.0).containsEntry("max_weekly_h", 4.25);
        Map<String, Double> load = item(plan, StrategyIds.GRADUAL_LOAD).numbers();
        assertThat(load.get("max_weekly_load")).isGreaterThan(load.get("chronic_weekly_load"))
                .isLessThanOrEqualTo(1.3 * load.get("chronic_weekly_load") + 10);
        assertThat(load.get("max_weekly_km")).isCloseTo(1.3 * 7 * 60 / 5.5, within(1.0));
    }

    @Test
    void orderedByImpactWithTheDoctorFirstForUrgentFlags() {
        TestInput t = new TestInput();
        t.focusRun(50, 150, Map.of());
        List<Assessment> causes = List.of(likely("dehydration", 0.7, StrategyIds.HYDRATION),
                possible("inadequate_warmup", 0.6, StrategyIds.WARMUP_COOLDOWN),
                likely("muscle_fatigue", 0.5, StrategyIds.REST_RECOVERY),
                new Assessment("anemia", Likelihood.UNLIKELY, 0.1, List.of(), List.of(), List.of(StrategyIds.SEE_A_DOCTOR)));
        assertThat(Planner.plan(t.build(), causes, List.of())).extracting(PlanItem::strategy)
                .containsExactly(StrategyIds.HYDRATION, StrategyIds.REST_RECOVERY, StrategyIds.WARMUP_COOLDOWN);
        RedFlag flag = new RedFlag("chest_pain", Urgency.EMERGENCY, "Call now.", List.of("chest_pain: yes"));
        assertThat(Planner.plan(t.build(), causes, List.of(flag))).extracting(PlanItem::strategy)
                .startsWith(StrategyIds.SEE_A_DOCTOR);
    }
}
