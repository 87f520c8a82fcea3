package org.heavylegs.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.heavylegs.core.diagnosis.PlanItem;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.cause.MuscleFatigue;
import org.heavylegs.core.diagnosis.cause.Overtraining;
import org.heavylegs.core.diagnosis.cause.SleepDebt;
import org.heavylegs.core.trend.AcuteChronicRatio;
import org.heavylegs.core.trend.BaselineState;
import org.heavylegs.core.trend.FitnessFatigue;
import org.heavylegs.core.trend.TrendSummary;
import org.heavylegs.core.trend.HrvBaseline;

/**
 * Tip 4 of the article, made personal. Suspected overreaching: reduce load 30-50 % for 1-2 weeks and
 * drop high-intensity sessions (SCIENCE.md 4.3 [heuristic magnitudes; principle Meeusen 2013]); here
 * 40 % for 2 weeks when likely, 30 % for 1 week when possible and the load is high now (ACWR over 1.3,
 * CTL ramp over 5 a week or TSB under -20). Muscle fatigue: 1-3 easy days or 20-30 %
 * less volume (SCIENCE.md 7.4 [heuristic]): 2 easy days, 25 %. Rest days: 2 a week [heuristic]. Sleep
 * 7-9 h (Watson 2015; Hirshkowitz 2015). With HRV data: hard sessions only inside the own band
 * (Plews; Kiviniemi 2007 [recalled]).
 */
public final class RestRecoveryPlan implements Strategy {

    public static final double OVERTRAINING_LIKELY_REDUCTION_PCT = 40;
    public static final double OVERTRAINING_POSSIBLE_REDUCTION_PCT = 30;
    public static final double FATIGUE_REDUCTION_PCT = 25;
    public static final double OVERTRAINING_LIKELY_DAYS = 14;
    public static final double OVERTRAINING_POSSIBLE_DAYS = 7;
    public static final double FATIGUE_EASY_DAYS = 2;
    public static final double REST_DAYS_PER_WEEK = 2;
    public static final double SLEEP_TARGET_H = 8;

    @Override
    public String id() {
        return StrategyIds.REST_RECOVERY;
    }

    @Override
    public PlanItem plan(Need need) {
        List<String> actions = new ArrayList<>();
        Map<String, Double> numbers = new LinkedHashMap<>();
        double reduction = 0;
        double days = 0;
        if (need.likely(Overtraining.ID)) {
            reduction = OVERTRAINING_LIKELY_REDUCTION_PCT;
            days = OVERTRAINING_LIKELY_DAYS;
        } else if (need.calledBy(Overtraining.ID) && loadHigh(need.input().trends())) {
            reduction = OVERTRAINING_POSSIBLE_REDUCTION_PCT;
            days = OVERTRAINING_POSSIBLE_DAYS;
        }
        if (need.calledBy(MuscleFatigue.ID) && reduction < FATIGUE_REDUCTION_PCT) {
            reduction = FATIGUE_REDUCTION_PCT;
            days = Math.max(days, FATIGUE_EASY_DAYS);
        }
        double weeklyH = need.input().trends().volume().hours();
        if (reduction > 0) {
            numbers.put("load_reduction_pct", reduction);
            numbers.put("reduction_days", days);
            String hours = "";
            if (weeklyH > 0) {
                numbers.put("max_weekly_h", Rounding.to(weeklyH * (1 - reduction / 100), 0.25));
                hours = String.format(Locale.ROOT, " (from %.1f h last week to at most %.1f h)", weeklyH, numbers.get("max_weekly_h"));
            }
            actions.add(String.format(Locale.ROOT, "For the next %.0f days run %.0f %% less%s, all of it easy: no intervals, "
                    + "tempo runs or races.", days, reduction, hours));
        }
        numbers.put("rest_days_per_week", REST_DAYS_PER_WEEK);
        actions.add(String.format(Locale.ROOT, "Keep %.0f rest days a week; light stretching, foam rolling or a walk are fine.",
                REST_DAYS_PER_WEEK));
        numbers.put("sleep_target_h", SLEEP_TARGET_H);
        double sleep = need.input().trends().sleep().meanH();
        if (need.calledBy(SleepDebt.ID) && sleep > 0) {
            actions.add(String.format(Locale.ROOT, "Sleep about %.0f h a night: you slept %.1f h on average this week; go to bed "
                    + "30-60 min earlier.", SLEEP_TARGET_H, sleep));
        } else {
            actions.add(String.format(Locale.ROOT, "Sleep 7-9 h a night (about %.0f h).", SLEEP_TARGET_H));
        }
        HrvBaseline.Result hrv = need.input().trends().hrv();
        if (hrv.state() != BaselineState.UNKNOWN) {
            actions.add(String.format(Locale.ROOT, "Train hard only when your 7-day HRV (ln rMSSD) is at or above %.2f "
                    + "(the bottom of your normal band); below it, run easy or rest.", hrv.bandLow()));
        }
        return new PlanItem(id(), actions, numbers);
    }

    /**
     * Load is high now: ACWR above the "sweet spot", CTL ramping over 5 a week, or form under -20. A
     * merely possible overtraining without high load (tiredness from elsewhere) gets no load cut.
     */
    static boolean loadHigh(TrendSummary t) {
        if (t.acwr().chronicMean() < Overtraining.MIN_CHRONIC_DAILY_LOAD) {
            return false;
        }
        return Overtraining.acwr(t) > AcuteChronicRatio.SWEET_SPOT_HIGH || t.ctlRampPerWeek() > FitnessFatigue.RAMP_HIGH_PER_WEEK
                || t.tsb() < FitnessFatigue.TSB_LOW;
    }
}
