package org.heavylegs.report.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsTest {
    @Test
    void numbersGetDecimalsByTheirSize() {
        assertThat(Labels.number(650)).isEqualTo("650");
        assertThat(Labels.number(27.14)).isEqualTo("27.1");
        assertThat(Labels.number(2.40)).isEqualTo("2.4");
        assertThat(Labels.number(1.625)).isEqualTo("1.63");
        assertThat(Labels.number(-0.001)).isEqualTo("0");
        assertThat(Labels.number(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void planKeysBecomeNameAndUnit() {
        assertThat(Labels.planNumber("fluid_ml_per_h", 650)).isEqualTo("fluid 650 mL/h");
        assertThat(Labels.planNumber("sodium_mg_per_h", 480)).isEqualTo("sodium 480 mg/h");
        assertThat(Labels.planNumber("warmup_min", 12)).isEqualTo("warmup 12 min");
        assertThat(Labels.planNumber("cadence_target_spm", 172)).isEqualTo("cadence target 172 spm");
        assertThat(Labels.planNumber("weekly_load_ceiling_per_week", 310)).isEqualTo("weekly load ceiling 310/week");
        assertThat(Labels.planNumber("rest_days", 2)).isEqualTo("rest 2 days");
        assertThat(Labels.planNumber("odd", 1)).isEqualTo("odd 1");
    }

    @Test
    void paceIsMinutesAndSeconds() {
        assertThat(Labels.pace(312)).isEqualTo("5:12");
        assertThat(Labels.pace(299.6)).isEqualTo("5:00");
        assertThat(Labels.pace(Double.POSITIVE_INFINITY)).isEqualTo("n/a");
    }

    @Test
    void everyStrategyIdOfTheContractHasAName() {
        for (String id : new String[] {"hydration", "carbohydrate", "electrolytes", "rest_recovery", "warmup_cooldown",
            "footwear_form", "gradual_load", "see_a_doctor"}) {
            assertThat(Labels.strategy(id)).doesNotContain("_");
        }
    }
}
