package org.heavylegs.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.heavylegs.core.diagnosis.PlanItem;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.cause.Overtraining;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.core.trend.AcuteChronicRatio;
import org.heavylegs.core.trend.FitnessFatigue;
import org.heavylegs.core.trend.TrendSummary;

/**
 * Tip 7 of the article, made personal: a weekly ceiling from the athlete's own chronic load. Two
 * limits, the lower one applies: the week's load at most 1.3 times the mean week of the last 28 days
 * (the top of Gabbett 2016's "sweet spot"; weak evidence, Impellizzeri 2020), and a CTL rise of at most
 * 5 points a week (SCIENCE.md 4.2 [heuristic]): with the 42-day EWMA a week of constant daily load L
 * raises CTL by (L - CTL)(1 - (41/42)^7), so L <= CTL + 5 / (1 - (41/42)^7). The same 1.3 applies to
 * weekly distance.
 */
public final class GradualLoadPlan implements Strategy {

    /** Top of the ACWR "sweet spot" (Gabbett 2016). */
    public static final double MAX_ACUTE_CHRONIC = AcuteChronicRatio.SWEET_SPOT_HIGH;
    /** Largest CTL rise per week (SCIENCE.md 4.2 [heuristic]). */
    public static final double MAX_RAMP_PER_WEEK = FitnessFatigue.RAMP_HIGH_PER_WEEK;
    /** Share of a daily load gap that a week of the 42-day EWMA closes: 1 - (41/42)^7. */
    static final double WEEK_GAIN = 1 - Math.pow(1 - 1.0 / FitnessFatigue.CTL_DAYS, 7);

    @Override
    public String id() {
        return StrategyIds.GRADUAL_LOAD;
    }

    @Override
    public PlanItem plan(Need need) {
        List<String> actions = new ArrayList<>();
        Map<String, Double> numbers = new LinkedHashMap<>();
        TrendSummary t = need.input().trends();
        double chronic = t.acwr().chronicMean();
        if (Double.isNaN(chronic)) {
            chronic = t.ctl();
        }
        if (chronic > 0) {
            double byRatio = 7 * MAX_ACUTE_CHRONIC * chronic;
            double byRamp = Double.isNaN(t.ctl()) ? Double.NaN : 7 * (t.ctl() + MAX_RAMP_PER_WEEK / WEEK_GAIN);
            double ceiling = Double.isNaN(byRamp) ? byRatio : Math.min(byRatio, byRamp);
            numbers.put("max_weekly_load", Rounding.to(ceiling, 10));
            numbers.put("chronic_weekly_load", Rounding.to(7 * chronic, 10));
            actions.add(String.format(Locale.ROOT,
                    "Keep each week's training load (hr_tss) under %.0f: your usual week of the last 4 weeks was %.0f.",
                    numbers.get("max_weekly_load"), numbers.get("chronic_weekly_load")));
        }
        double km = 0;
        for (RunSummary r : need.input().recentRuns(AcuteChronicRatio.CHRONIC_DAYS)) {
            km += Double.isFinite(r.distanceM()) ? r.distanceM() / 1000 : 0;
        }
        if (km > 0) {
            double weekly = km / (AcuteChronicRatio.CHRONIC_DAYS / 7.0);
            numbers.put("max_weekly_km", Rounding.to(MAX_ACUTE_CHRONIC * weekly, 1));
            actions.add(String.format(Locale.ROOT, "Run at most %.0f km a week (you averaged %.0f km over the last 4 weeks).",
                    numbers.get("max_weekly_km"), weekly));
        }
        if (need.likely(Overtraining.ID)) {
            actions.add("First take the easier weeks of the rest plan; then build up within these limits.");
        }
        actions.add("Raise distance or intensity, not both in the same week, and keep your rest days.");
        return new PlanItem(id(), actions, numbers);
    }
}
