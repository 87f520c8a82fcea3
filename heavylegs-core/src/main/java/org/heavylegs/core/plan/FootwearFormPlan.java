package org.heavylegs.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.PlanItem;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.cause.Biomechanics;
import org.heavylegs.core.diagnosis.cause.WornShoes;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.core.metric.dynamics.Cadence;

/**
 * Tip 6 of the article, made personal (SCIENCE.md 9.4). Step rate up 5 % first, up to 10 %, at the same
 * speed, with a metronome, over 2-4 weeks (Heiderscheit et al. 2011: +5 % lowered knee loading, +10 %
 * also hip loading; progression [heuristic]). Shoes past 800 km: replace [heuristic]. Strength for hip,
 * glutes and calves twice a week [heuristic]; a gait analysis by a physiotherapist when form is the
 * likely cause.
 */
public final class FootwearFormPlan implements Strategy {

    /** Heiderscheit 2011: +5 % first ... */
    public static final double CADENCE_STEP = 0.05;
    /** ... up to +10 %. */
    public static final double CADENCE_MAX_STEP = 0.10;
    /** Weeks to build up to the new cadence [heuristic, SCIENCE.md 9.4]. */
    public static final double PROGRESSION_WEEKS = 4;

    @Override
    public String id() {
        return StrategyIds.FOOTWEAR_FORM;
    }

    @Override
    public PlanItem plan(Need need) {
        List<String> actions = new ArrayList<>();
        Map<String, Double> numbers = new LinkedHashMap<>();
        if (need.calledBy(Biomechanics.ID)) {
            double cadence = cadence(need.input());
            if (cadence > 0) {
                numbers.put("cadence_spm", Rounding.to(cadence, 1));
                numbers.put("cadence_target_spm", Rounding.to(cadence * (1 + CADENCE_STEP), 1));
                numbers.put("cadence_max_spm", Rounding.to(cadence * (1 + CADENCE_MAX_STEP), 1));
                numbers.put("progression_weeks", PROGRESSION_WEEKS);
                actions.add(String.format(Locale.ROOT,
                        "Raise your step rate from about %.0f to %.0f steps per minute at the same pace (a metronome app "
                                + "helps): a few minutes per run at first, the whole run after 2-4 weeks; later up to %.0f.",
                        cadence, numbers.get("cadence_target_spm"), numbers.get("cadence_max_spm")));
            }
            actions.add("Land with the foot under the knee, run tall; strengthen hips, glutes and calves twice a week.");
            actions.add("A gait analysis by a physiotherapist shows what the watch cannot (foot strike, pronation, hip extension).");
        }
        Double shoes = need.input().athlete().shoeKm();
        if (need.calledBy(WornShoes.ID) && shoes != null) {
            numbers.put("shoe_km", shoes);
            actions.add(String.format(Locale.ROOT, "Your shoes have about %.0f km: replace them (most lose much of their "
                    + "cushioning by 500-800 km), and have the new ones fitted.", shoes));
        }
        if (actions.isEmpty()) {
            actions.add("Check that your shoes fit and still cushion.");
        }
        return new PlanItem(id(), actions, numbers);
    }

    /** The focus run's cadence, else the median of the window's runs. */
    static double cadence(DiagnosisInput in) {
        double c = in.focus(Cadence.KEY);
        if (c > 0) {
            return c;
        }
        List<Double> values = new ArrayList<>();
        for (RunSummary r : in.windowRuns()) {
            double v = DiagnosisInput.metric(r, Cadence.KEY);
            if (v > 0) {
                values.add(v);
            }
        }
        return SweatProfile.median(values);
    }
}
