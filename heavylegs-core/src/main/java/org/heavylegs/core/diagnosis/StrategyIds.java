package org.heavylegs.core.diagnosis;

import java.util.List;

/** The strategy ids of DESIGN.md 2.3: the article's seven strategies and the doctor. */
public final class StrategyIds {
    public static final String HYDRATION = "hydration";
    public static final String CARBOHYDRATE = "carbohydrate";
    public static final String ELECTROLYTES = "electrolytes";
    public static final String REST_RECOVERY = "rest_recovery";
    public static final String WARMUP_COOLDOWN = "warmup_cooldown";
    public static final String FOOTWEAR_FORM = "footwear_form";
    public static final String GRADUAL_LOAD = "gradual_load";
    public static final String SEE_A_DOCTOR = "see_a_doctor";

    /** Every id, in the article's order with the doctor last. */
    public static final List<String> ALL = List.of(HYDRATION, CARBOHYDRATE, ELECTROLYTES, REST_RECOVERY,
            WARMUP_COOLDOWN, FOOTWEAR_FORM, GRADUAL_LOAD, SEE_A_DOCTOR);

    private StrategyIds() {
    }
}
