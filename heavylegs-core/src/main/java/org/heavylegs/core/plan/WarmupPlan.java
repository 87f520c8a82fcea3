package org.heavylegs.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.heavylegs.core.athlete.Physiology;
import org.heavylegs.core.diagnosis.PlanItem;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.metric.environment.Temperature;

/**
 * Tip 5 of the article, made personal (SCIENCE.md 6.3 [heuristic, consistent with Bishop 2003]): 10-15
 * min easy at 50-60 % of heart-rate reserve, then 4-6 strides of 15-20 s or dynamic drills (the
 * article's leg swings, high knees, butt kicks), and the main set within 5-10 min; 15 min in air under
 * 10 °C. Cool-down: 10 min easy and static stretching (the article) [heuristic minutes].
 */
public final class WarmupPlan implements Strategy {

    public static final double WARMUP_MIN = 10;
    public static final double COLD_WARMUP_MIN = 15;
    public static final double COLD_AIR_C = 10;
    public static final double HRR_LOW = 0.5;
    public static final double HRR_HIGH = 0.6;
    public static final double STRIDES = 4;
    public static final double COOLDOWN_MIN = 10;

    @Override
    public String id() {
        return StrategyIds.WARMUP_COOLDOWN;
    }

    @Override
    public PlanItem plan(Need need) {
        List<String> actions = new ArrayList<>();
        Map<String, Double> numbers = new LinkedHashMap<>();
        double air = need.input().focus(Temperature.KEY);
        boolean device = need.input().focusText(Temperature.KEY_SOURCE)
                .map(org.heavylegs.core.metric.environment.Ambient.SOURCE_DEVICE::equals).orElse(true);
        boolean cold = !device && air < COLD_AIR_C;
        double minutes = cold ? COLD_WARMUP_MIN : WARMUP_MIN;
        Physiology p = need.input().history().physiology();
        double hrLow = p.hrRest() + HRR_LOW * (p.hrMax() - p.hrRest());
        double hrHigh = p.hrRest() + HRR_HIGH * (p.hrMax() - p.hrRest());
        numbers.put("warmup_min", minutes);
        numbers.put("warmup_hr_min_bpm", Rounding.to(hrLow, 1));
        numbers.put("warmup_hr_max_bpm", Rounding.to(hrHigh, 1));
        numbers.put("strides", STRIDES);
        numbers.put("cooldown_min", COOLDOWN_MIN);
        actions.add(String.format(Locale.ROOT, "Start every run with %.0f min really easy, heart rate %.0f-%.0f bpm%s.",
                minutes, hrLow, hrHigh, cold ? " (longer because the air is cold)" : ""));
        actions.add("Then 4-6 strides of 15-20 s, or leg swings, high knees and butt kicks, and begin the main part "
                + "within 5-10 min.");
        actions.add(String.format(Locale.ROOT, "End with %.0f min easy and some static stretching.", COOLDOWN_MIN));
        return new PlanItem(id(), actions, numbers);
    }
}
