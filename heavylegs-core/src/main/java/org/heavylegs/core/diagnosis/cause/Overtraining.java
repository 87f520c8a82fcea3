package org.heavylegs.core.diagnosis.cause;

import static org.heavylegs.core.diagnosis.Evidence.num;

import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Cause;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.Evidence;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.Source;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.Strength;
import org.heavylegs.core.trend.AcuteChronicRatio;
import org.heavylegs.core.trend.BaselineState;
import org.heavylegs.core.trend.DailyLoadSeries;
import org.heavylegs.core.trend.EfficiencyTrend;
import org.heavylegs.core.trend.FitnessFatigue;
import org.heavylegs.core.trend.HrAtPaceTrend;
import org.heavylegs.core.trend.HrvBaseline;
import org.heavylegs.core.trend.Monotony;
import org.heavylegs.core.trend.RestingHrBaseline;
import org.heavylegs.core.trend.TrendSummary;
import org.heavylegs.core.trend.WellnessBaseline;

/**
 * Overtraining, i.e. functional or non-functional overreaching (SCIENCE.md section 4; Meeusen et al.
 * 2013). No single marker decides it. Load markers say the risk (all grade C: ACWR over 1.5, Gabbett
 * 2016, weak; CTL ramp over 5 a week; form TSB under -20 for days; Foster monotony over 2 or strain far
 * above the athlete's own; no rest day in two weeks); the athlete's response decides it: 7-day HRV
 * below the own band (Plews 2012-2014, grade B), resting HR off its own baseline in either direction,
 * wellness items worse than baseline (grade B; questionnaires often beat objective markers), less
 * speed for the heart rate (grade C). So load alone makes it at most possible. The gradual-load strategy
 * is called for only when a load marker supports the cause.
 */
public final class Overtraining implements Cause {
    public static final String ID = "overtraining";

    /** Days looked back for rest days and for persistent negative form [heuristic: two weeks]. */
    public static final int LOOKBACK_DAYS = 14;
    /** Days of TSB below -20 in the last 14 that count fully (SCIENCE.md 4.2 asks for persistence) [heuristic]. */
    public static final int TSB_FULL_DAYS = 7;
    /** Unknown-load days of the last 14 that still allow counting rest days [heuristic]. */
    public static final int MAX_UNKNOWN_DAYS = 2;
    /** Fewer rest days than this in the last 14 is no rest [heuristic: the article's "without adequate rest days"]. */
    public static final int MIN_REST_DAYS = 1;
    /**
     * Below this mean daily load of the last 28 days (hr_tss, about 2 h of easy running a week) the load
     * markers are not read: doubling a very small load is no overload, and a sparse record (a watch worn
     * now and then) makes ratios, strain and ramp jump [heuristic].
     */
    public static final double MIN_CHRONIC_DAILY_LOAD = 15;
    /** Sleep under this mean over 7 nights is a recovery sign (AASM/SRS, Watson 2015: adults >= 7 h). */
    public static final double SHORT_SLEEP_H = 7.0;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(DiagnosisInput in) {
        Evidence e = new Evidence(ID, Source.WELLNESS, Source.RECENT_RUNS).strategies(StrategyIds.REST_RECOVERY);
        TrendSummary t = in.trends();
        load(t, e);
        if (e.supportedBy(Source.LOAD)) {
            e.strategies(StrategyIds.GRADUAL_LOAD);
        }
        wellness(t, e);

        EfficiencyTrend.Result ef = t.efficiency();
        if (ef.dropped()) {
            e.add(Source.RECENT_RUNS, Finding.numeric("ef_change_pct", ef.changePct(), "%", "< -" + num(EfficiencyTrend.DROP_PCT) + " %",
                    true, Strength.WEAK, "SCIENCE.md 4.2 [heuristic]"));
        } else if (ef.changePct() >= 0) {
            e.add(Source.RECENT_RUNS, Finding.numeric("ef_change_pct", ef.changePct(), "%", "< -" + num(EfficiencyTrend.DROP_PCT) + " %",
                    false, Strength.WEAK, "SCIENCE.md 4.2 [heuristic]"));
        }
        HrAtPaceTrend.Result hp = t.hrAtPace();
        if (hp.risen()) {
            e.add(Source.RECENT_RUNS, Finding.numeric("hr_at_pace_change_bpm", hp.changeBpm(), "bpm", ">= +"
                    + num(HrAtPaceTrend.RISE_BPM) + " bpm", true, Strength.WEAK, "SCIENCE.md 4.2 [heuristic]"));
        }
        return e.assess();
    }

    private static void load(TrendSummary t, Evidence e) {
        if (t.ctlKnownDays() < 0) {
            e.missing("heart rate in your recordings would give the training load (needed for ACWR, ramp and form)");
            return;
        }
        if (Double.isNaN(t.ctl())) {
            e.missing(String.format(java.util.Locale.ROOT, "every session recorded with heart rate (%d of the last %d days "
                    + "have a known load; half are needed) would give ramp and form", t.ctlKnownDays(),
                    FitnessFatigue.windowDays(t.series().size() - 1)));
            // the load ratio has its own, shorter rule and may still be read
        }
        if (t.acwr().chronicMean() < MIN_CHRONIC_DAILY_LOAD) {
            e.missing(String.format(java.util.Locale.ROOT, "your recorded load is small (%.0f hr_tss a week): load "
                    + "ratios, ramp, form and strain are not read; record every run with heart rate",
                    7 * t.acwr().chronicMean()));
            return;
        }
        double acwr = acwr(t);
        if (acwr > AcuteChronicRatio.SWEET_SPOT_HIGH) {
            e.add(Source.LOAD, Finding.numeric("acwr", acwr, "", "> " + num(AcuteChronicRatio.DANGER),
                    true, Strength.WEAK, "Gabbett 2016 (weak: Impellizzeri 2020)"),
                    Evidence.ramp(acwr, AcuteChronicRatio.SWEET_SPOT_HIGH, AcuteChronicRatio.DANGER));
        } else if (acwr >= AcuteChronicRatio.SWEET_SPOT_LOW) {
            e.add(Source.LOAD, Finding.numeric("acwr", acwr, "", "> " + num(AcuteChronicRatio.DANGER),
                    false, Strength.WEAK, "Gabbett 2016 (weak: Impellizzeri 2020)"));
        } else if (Double.isNaN(acwr)) {
            e.missing("four weeks of recorded runs with heart rate would give the acute:chronic load ratio");
        }
        if (t.ctlRampPerWeek() > FitnessFatigue.RAMP_HIGH_PER_WEEK) {
            e.add(Source.LOAD, Finding.numeric("ctl_ramp_per_week", t.ctlRampPerWeek(), "", "> "
                    + num(FitnessFatigue.RAMP_HIGH_PER_WEEK), true, Strength.WEAK, "SCIENCE.md 4.2 [heuristic]"));
        }
        int deep = daysBelowTsb(t);
        if (deep > 0) {
            e.add(Source.LOAD, Finding.numeric("deep_fatigue_days", deep, "days", "TSB < " + num(FitnessFatigue.TSB_LOW)
                    + " for " + TSB_FULL_DAYS + "+ of " + LOOKBACK_DAYS + " days", true, Strength.WEAK,
                    "SCIENCE.md 4.2 [heuristic]"), (double) deep / TSB_FULL_DAYS);
        }
        Monotony.Week m = t.monotony();
        if (m.monotonyHigh()) {
            e.add(Source.LOAD, Finding.numeric("monotony", m.monotony(), "", "> " + num(Monotony.HIGH),
                    true, Strength.WEAK, "Foster 1998"));
        }
        if (m.strainHigh()) {
            e.add(Source.LOAD, Finding.numeric("strain", m.strain(), "", "> own mean + " + num(Monotony.STRAIN_HIGH_SD) + " SD",
                    true, Strength.WEAK, "Foster 1998 [heuristic baseline]"));
        }
        int rest = restDays(t.series(), LOOKBACK_DAYS);
        if (rest >= 0 && rest < MIN_REST_DAYS) {
            e.add(Source.LOAD, Finding.numeric("rest_days_14d", rest, "days", ">= " + MIN_REST_DAYS + " in "
                    + LOOKBACK_DAYS + " days", true, Strength.WEAK, "Meeusen 2013 [heuristic count]"));
        }
    }

    private static void wellness(TrendSummary t, Evidence e) {
        HrvBaseline.Result hrv = t.hrv();
        String band = String.format(java.util.Locale.ROOT, "7-day mean in own band %.2f-%.2f (60-day mean +/- 0.5 SD)",
                hrv.bandLow(), hrv.bandHigh());
        if (hrv.state() == BaselineState.BELOW) {
            e.add(Source.WELLNESS, Finding.numeric("hrv_ln_rmssd_7d", hrv.rollingLnRmssd(), "ln ms", band,
                    true, Strength.MODERATE, "Plews 2012-2014"));
        } else if (hrv.state() == BaselineState.ABOVE && deepFatigue(t)) {
            e.add(Source.WELLNESS, Finding.numeric("hrv_ln_rmssd_7d", hrv.rollingLnRmssd(), "ln ms", band
                    + "; above it under heavy load", true, Strength.WEAK, "Plews 2013 (parasympathetic pattern)"));
        } else if (hrv.state() == BaselineState.WITHIN) {
            e.add(Source.WELLNESS, Finding.numeric("hrv_ln_rmssd_7d", hrv.rollingLnRmssd(), "ln ms", band,
                    false, Strength.MODERATE, "Plews 2012-2014"));
        } else if (hrv.state() == BaselineState.UNKNOWN) {
            e.missing("hrv_rmssd_ms in wellness.csv (a morning reading, at least 3 days a week for 2 weeks) "
                    + "would confirm or rule this out");
        }
        RestingHrBaseline.Result rhr = t.restingHr();
        double delta = rhr.rollingMean() - rhr.baselineMean();
        String rhrBand = String.format(java.util.Locale.ROOT, "7-day mean within +/- %.1f bpm of own 60-day mean %.0f",
                rhr.threshold(), rhr.baselineMean());
        if (rhr.state() == BaselineState.ABOVE) {
            e.add(Source.WELLNESS, Finding.numeric("resting_hr_delta_bpm", delta, "bpm", rhrBand,
                    true, Strength.MODERATE, "Dressendorfer 1985; Buchheit 2014"));
        } else if (rhr.state() == BaselineState.BELOW) {
            e.add(Source.WELLNESS, Finding.numeric("resting_hr_delta_bpm", delta, "bpm", rhrBand,
                    true, Strength.WEAK, "Plews 2013 (either direction)"));
        } else if (rhr.state() == BaselineState.WITHIN) {
            e.add(Source.WELLNESS, Finding.numeric("resting_hr_delta_bpm", delta, "bpm", rhrBand,
                    false, Strength.WEAK, "Buchheit 2014"));
        } else {
            e.missing("resting_hr in wellness.csv (each morning) would show how you recover");
        }
        WellnessBaseline.Result w = t.wellness();
        boolean anyBaseline = w.items().stream().anyMatch(i -> Double.isFinite(i.baselineMean()) && i.recentDays() > 0
                && i.item() != WellnessBaseline.Item.SLEEP);
        String rule = ">= " + WellnessBaseline.ITEMS_WORSE + " items worse than own baseline on >= "
                + WellnessBaseline.DAYS_WORSE + " of 7 days";
        if (w.flagged()) {
            e.add(Source.WELLNESS, Finding.numeric("wellness_days_worse", w.daysWithItemsWorse(), "days", rule,
                    true, Strength.MODERATE, "Meeusen 2013; Saw 2016"));
        } else if (anyBaseline) {
            e.add(Source.WELLNESS, Finding.numeric("wellness_days_worse", w.daysWithItemsWorse(), "days", rule,
                    false, Strength.WEAK, "Meeusen 2013; Saw 2016"));
        } else {
            e.missing("soreness, fatigue, stress and motivation in wellness.csv, also on at least " + WellnessBaseline.MIN_BASELINE_DAYS
                    + " days before the last " + WellnessBaseline.RECENT_DAYS + " (your normal), would show how you feel against your normal");
        }
        double sleep = t.sleep().meanH();
        if (t.sleep().nights() >= 3 && sleep < SHORT_SLEEP_H) {
            e.add(Source.WELLNESS, Finding.numeric("sleep_h", sleep, "h", ">= " + num(SHORT_SLEEP_H) + " h",
                    true, Strength.WEAK, "Watson 2015 (AASM/SRS)"));
        }
    }

    /**
     * The acute:chronic ratio (EWMA, else rolling), NaN when not computable or when the chronic load is
     * below {@link #MIN_CHRONIC_DAILY_LOAD}.
     */
    public static double acwr(TrendSummary t) {
        AcuteChronicRatio.Ratios r = t.acwr();
        if (!(r.chronicMean() >= MIN_CHRONIC_DAILY_LOAD)) {
            return Double.NaN;
        }
        return Double.isNaN(r.ewma()) ? r.rollingCoupled() : r.ewma();
    }

    /** TSB under -20 or ACWR over 1.5: heavy load right now. */
    private static boolean deepFatigue(TrendSummary t) {
        return t.tsb() < FitnessFatigue.TSB_LOW || acwr(t) > AcuteChronicRatio.DANGER;
    }

    /** Days of the last {@link #LOOKBACK_DAYS} with TSB below {@link FitnessFatigue#TSB_LOW}. */
    static int daysBelowTsb(TrendSummary t) {
        int n = t.series().size();
        int count = 0;
        for (int i = Math.max(0, n - LOOKBACK_DAYS); i < n; i++) {
            count += t.fitness().tsb(i) < FitnessFatigue.TSB_LOW ? 1 : 0;
        }
        return count;
    }

    /**
     * Days with a known zero load among the last {@code days}; -1 when the series is shorter or more
     * than {@link #MAX_UNKNOWN_DAYS} of them are unknown (a watchless stretch is not "no rest").
     */
    static int restDays(DailyLoadSeries s, int days) {
        if (s.size() < days) {
            return -1;
        }
        int rest = 0;
        int unknown = 0;
        for (int i = s.size() - days; i < s.size(); i++) {
            rest += s.get(i) == 0 ? 1 : 0;
            unknown += Double.isNaN(s.get(i)) ? 1 : 0;
        }
        return unknown > MAX_UNKNOWN_DAYS ? -1 : rest;
    }
}
