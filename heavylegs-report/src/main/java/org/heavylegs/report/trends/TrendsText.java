package org.heavylegs.report.trends;

import java.util.List;
import java.util.Locale;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.history.History;
import org.heavylegs.core.history.InputProblem;
import org.heavylegs.core.trend.AcuteChronicRatio;
import org.heavylegs.core.trend.BaselineState;
import org.heavylegs.core.trend.BodyMassTrend;
import org.heavylegs.core.trend.CadenceTrend;
import org.heavylegs.core.trend.EfficiencyTrend;
import org.heavylegs.core.trend.FitnessFatigue;
import org.heavylegs.core.trend.HrAtPaceTrend;
import org.heavylegs.core.trend.HrvBaseline;
import org.heavylegs.core.trend.LabChanges;
import org.heavylegs.core.trend.Monotony;
import org.heavylegs.core.trend.RestingHrBaseline;
import org.heavylegs.core.trend.SleepDebt;
import org.heavylegs.core.trend.TrendSummary;
import org.heavylegs.core.trend.WeeklyVolume;
import org.heavylegs.core.trend.WellnessBaseline;

/** The readable summary of {@code trends}: what stands out first, then every section, assumptions and problems. */
public final class TrendsText {

    private TrendsText() {
    }

    public static String render(History h, TrendSummary t) {
        StringBuilder sb = new StringBuilder();
        String name = h.athlete().name() == null ? "the athlete" : h.athlete().name();
        line(sb, "Trends for %s as of %s (time zone %s)", name, h.asOf(), h.zone().getId());
        line(sb, "Data: %d activities (%d runs), %d wellness days, %d runs.csv rows (%d without a recording), %d lab values",
                h.activities().size(), h.runs().size(), h.wellness().size(), h.runLog().size(), h.unrecordedRuns().size(),
                h.labs().size());
        sb.append('\n');
        load(sb, h, t);
        sb.append('\n');
        recovery(sb, t);
        sb.append('\n');
        running(sb, t);
        sb.append('\n');
        labs(sb, t.labs());
        sb.append('\n');
        sb.append("Assumptions\n");
        for (String a : h.assumptions()) {
            sb.append("  - ").append(a).append('\n');
        }
        List<InputProblem> refused = h.problems().stream().filter(InputProblem::refused).toList();
        List<InputProblem> warnings = h.problems().stream().filter(p -> !p.refused()).toList();
        if (!refused.isEmpty()) {
            line(sb, "\nRefused input (%d; the rest was used)", refused.size());
            refused.forEach(p -> sb.append("  ").append(p).append('\n'));
        }
        if (!warnings.isEmpty()) {
            line(sb, "\nWarnings (%d)", warnings.size());
            warnings.forEach(p -> sb.append("  ").append(p).append('\n'));
        }
        return sb.toString();
    }

    private static void load(StringBuilder sb, History h, TrendSummary t) {
        if (t.loadDays() == 0) {
            sb.append("Training load: no activity or logged run up to this date\n");
        } else {
            line(sb, "Training load (%s; %d days from %s, %d of them missing%s)", h.loadId(), t.loadDays(), t.series().first(),
                    t.missingLoadDays(), t.activitiesWithoutLoad() > 0
                            ? String.format(Locale.ROOT, "; %d activities without heart rate have no load", t.activitiesWithoutLoad()) : "");
            if (t.ctlKnownDays() < 0) {
                sb.append("  Load unknown: no recorded activity with heart rate (runs.csv rows alone carry no duration or heart rate)\n");
            } else {
                model(sb, t);
            }
        }
        WeeklyVolume.Result v = t.volume();
        line(sb, "  Last 7 days: %s km in %s, %d runs (7 days before: %s km, %d runs%s)", f(v.distanceKm(), 1), hours(v.hours()),
                v.runs(), f(v.previousDistanceKm(), 1), v.previousRuns(),
                Double.isFinite(v.changePct()) ? "; " + signed(v.changePct(), 0) + " %" : "");
    }

    private static void model(StringBuilder sb, TrendSummary t) {
        if (Double.isNaN(t.ctl())) {
            int window = FitnessFatigue.windowDays(t.series().size() - 1);
            line(sb, "  Fitness, fatigue and form: not computable (%d of the last %d days have a known load, %d needed; "
                    + "record every session with heart rate)", t.ctlKnownDays(), window,
                    (int) Math.ceil(FitnessFatigue.MIN_KNOWN_FRACTION * window));
        } else {
            line(sb, "  Fitness CTL %s   Fatigue ATL %s   Form TSB %s%s   CTL ramp %s per week%s",
                    f(t.ctl(), 1), f(t.atl(), 1), signed(t.tsb(), 1), t.tsb() < FitnessFatigue.TSB_LOW ? " (deep fatigue)" : "",
                    signed(t.ctlRampPerWeek(), 1), t.ctlRampPerWeek() > FitnessFatigue.RAMP_HIGH_PER_WEEK ? " (fast ramp)" : "");
        }
        AcuteChronicRatio.Ratios r = t.acwr();
        if (Double.isNaN(r.ewma()) && Double.isNaN(r.rollingCoupled())) {
            line(sb, "  ACWR: not computable (needs %d days of load with a non-zero chronic load)", AcuteChronicRatio.CHRONIC_DAYS);
        } else {
            line(sb, "  ACWR  EWMA %s   rolling coupled %s   uncoupled %s   (sweet spot %.1f-%.1f, danger %.1f+; weak evidence)",
                    f(r.ewma(), 2), f(r.rollingCoupled(), 2), f(r.rollingUncoupled(), 2),
                    AcuteChronicRatio.SWEET_SPOT_LOW, AcuteChronicRatio.SWEET_SPOT_HIGH, AcuteChronicRatio.DANGER);
        }
        Monotony.Week w = t.monotony();
        if (Double.isNaN(w.weeklyLoad())) {
            line(sb, "  Monotony and strain: not computable (%d of 7 days known, %d needed)", w.knownDays(), Monotony.MIN_KNOWN_DAYS);
        } else {
            line(sb, "  Week load %s   Monotony %s%s   Strain %s%s", f(w.weeklyLoad(), 0), f(w.monotony(), 2),
                    w.monotonyHigh() ? " (high, > 2.0)" : "", f(w.strain(), 0),
                    Double.isFinite(w.strainBaselineMean())
                            ? String.format(Locale.ROOT, " (own 12 weeks: %s +/- %s%s)", f(w.strainBaselineMean(), 0),
                            f(w.strainBaselineSd(), 0), w.strainHigh() ? "; high" : "") : "");
        }
    }

    private static void recovery(StringBuilder sb, TrendSummary t) {
        sb.append("Recovery\n");
        HrvBaseline.Result hrv = t.hrv();
        if (hrv.state() == BaselineState.UNKNOWN) {
            line(sb, "  HRV: unknown (%d of %d days this week, %d of %d baseline days; hrv_rmssd_ms in wellness.csv)",
                    hrv.rollingDays(), HrvBaseline.MIN_ROLLING_DAYS, hrv.baselineDays(), HrvBaseline.MIN_BASELINE_DAYS);
        } else {
            line(sb, "  HRV: 7-day ln rMSSD %s (%d days) vs normal band %s-%s of the last 60 days: %s; weekly CV %s %%",
                    f(hrv.rollingLnRmssd(), 2), hrv.rollingDays(), f(hrv.bandLow(), 2), f(hrv.bandHigh(), 2),
                    hrv.state().key(), f(hrv.cvPct(), 1));
        }
        RestingHrBaseline.Result rhr = t.restingHr();
        if (rhr.state() == BaselineState.UNKNOWN) {
            line(sb, "  Resting HR: unknown (%d of %d days this week, %d of %d baseline days; resting_hr in wellness.csv)",
                    rhr.rollingDays(), RestingHrBaseline.MIN_ROLLING_DAYS, rhr.baselineDays(), RestingHrBaseline.MIN_BASELINE_DAYS);
        } else {
            line(sb, "  Resting HR: 7-day mean %s bpm vs 60-day %s bpm (flag beyond +/- %s): %s", f(rhr.rollingMean(), 1),
                    f(rhr.baselineMean(), 1), f(rhr.threshold(), 1), rhr.state().key());
        }
        SleepDebt.Result s = t.sleep();
        if (s.nights() == 0) {
            sb.append("  Sleep: no nights recorded in the last 7 days (sleep_h in wellness.csv)\n");
        } else {
            line(sb, "  Sleep: %s h a night over %d recorded nights; debt %s h against %s h a night%s", f(s.meanH(), 1), s.nights(),
                    f(s.debtH(), 1), f(SleepDebt.NEED_H, 0),
                    Double.isFinite(s.baselineMeanH()) ? "; own usual " + f(s.baselineMeanH(), 1) + " h" : "");
        }
        WellnessBaseline.Result w = t.wellness();
        boolean any = w.items().stream().anyMatch(i -> Double.isFinite(i.baselineMean()));
        if (!any) {
            line(sb, "  Wellness: no baseline yet (needs %d days of answers before the last 7)", WellnessBaseline.MIN_BASELINE_DAYS);
        } else {
            line(sb, "  Wellness: %d of the last 7 days had %d+ items worse than usual%s", w.daysWithItemsWorse(),
                    WellnessBaseline.ITEMS_WORSE, w.flagged() ? " (flagged: 3 days or more)" : "");
            for (WellnessBaseline.ItemResult i : w.items()) {
                if (Double.isFinite(i.baselineMean()) && i.recentDays() > 0) {
                    line(sb, "    %-10s %s (usual %s +/- %s)%s", i.item().key(), f(i.recentMean(), 1), f(i.baselineMean(), 1),
                            f(i.baselineSd(), 1), i.daysWorse() > 0 ? ", worse on " + i.daysWorse() + " days" : "");
                }
            }
        }
        BodyMassTrend.Result b = t.bodyMass();
        if (b.latestDate() == null) {
            sb.append("  Body mass: not logged (body_mass_kg in wellness.csv)\n");
        } else {
            line(sb, "  Body mass: %s kg on %s; 7-day mean %s kg; %s kg against 4 weeks before; trend %s kg/week",
                    f(b.latestKg(), 1), b.latestDate(), f(b.meanKg(), 1), signed(b.changeKg(), 1), signed(b.slopeKgPerWeek(), 2));
        }
    }

    private static void running(StringBuilder sb, TrendSummary t) {
        sb.append("Running\n");
        EfficiencyTrend.Result ef = t.efficiency();
        line(sb, "  Efficiency factor (easy runs, m/min per bpm): %s (%d runs, last 7 days) vs %s (%d runs, 28 days before)%s",
                f(ef.recentEf(), 3), ef.recentRuns(), f(ef.baselineEf(), 3), ef.baselineRuns(),
                Double.isFinite(ef.changePct()) ? ": " + signed(ef.changePct(), 1) + " %" + (ef.dropped() ? " (dropped)" : "") : "");
        HrAtPaceTrend.Result hp = t.hrAtPace();
        line(sb, "  HR at %s: %s bpm (last 14 days, %d runs) vs %s bpm (42 days before, %d runs)%s", pace(hp.referenceSpeedMPerS()),
                f(hp.recentHr(), 0), hp.recentRuns(), f(hp.baselineHr(), 0), hp.baselineRuns(),
                Double.isFinite(hp.changeBpm()) ? ": " + signed(hp.changeBpm(), 1) + " bpm" + (hp.risen() ? " (risen)" : "") : "");
        CadenceTrend.Result c = t.cadence();
        line(sb, "  Cadence at %s: %s spm (last 28 days, %d runs) vs %s spm (56 days before, %d runs)%s%s", pace(c.referenceSpeedMPerS()),
                f(c.recentCadence(), 0), c.recentRuns(), f(c.baselineCadence(), 0), c.baselineRuns(),
                Double.isFinite(c.changeSpm()) ? ": " + signed(c.changeSpm(), 1) + " spm" : "",
                Double.isFinite(c.slopeSpmPerMS()) ? "; +" + f(c.slopeSpmPerMS(), 1) + " spm per m/s faster" : "");
    }

    private static void labs(StringBuilder sb, LabChanges.Result labs) {
        if (labs.latest().isEmpty()) {
            sb.append("Labs: none (labs.csv)\n");
            return;
        }
        sb.append("Labs (latest draw; change since the one before)\n");
        for (LabChanges.Change c : labs.latest()) {
            LabTest test = c.test();
            String given = c.latest().givenUnit().equals(test.canonicalUnit()) ? ""
                    : " (given " + num(c.latest().givenValue()) + " " + c.latest().givenUnit() + ")";
            String change = c.previous() == null ? "" : String.format(Locale.ROOT, "; %s%s (%s %%) in %d days since %s",
                    c.change() >= 0 ? "+" : "", num(c.change()), signed(c.changePct(), 0), c.daysBetween(), c.previous().date());
            line(sb, "  %-22s %s %s on %s%s%s", test.key(), num(c.latest().value()), test.canonicalUnit(), c.latest().date(), given, change);
        }
        for (LabChanges.CorrectedCalciumValue v : labs.correctedCalcium()) {
            line(sb, "  %-22s %s mmol/L on %s (calcium %s mmol/L, albumin %s g/L; Payne 1973)", "calcium, corrected",
                    f(v.correctedMmolL(), 2), v.date(), f(v.calciumMmolL(), 2), f(v.albuminGL(), 0));
        }
    }

    private static void line(StringBuilder sb, String pattern, Object... args) {
        sb.append(String.format(Locale.ROOT, pattern, args)).append('\n');
    }

    static String f(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "-";
    }

    static String signed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%+." + decimals + "f", v) : "-";
    }

    /** Up to 3 significant decimals without trailing zeros. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        return new java.math.BigDecimal(v).setScale(3, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    static String hours(double h) {
        long min = Math.round(h * 60);
        return String.format(Locale.ROOT, "%d:%02d h", min / 60, min % 60);
    }

    static String pace(double speedMPerS) {
        if (!(speedMPerS > 0)) {
            return "the usual pace";
        }
        long s = Math.round(1000 / speedMPerS);
        return String.format(Locale.ROOT, "%d:%02d/km", s / 60, s % 60);
    }
}
