package org.heavylegs.report.trends;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.heavylegs.core.history.History;
import org.heavylegs.core.history.InputProblem;
import org.heavylegs.core.trend.AcuteChronicRatio;
import org.heavylegs.core.trend.BodyMassTrend;
import org.heavylegs.core.trend.CadenceTrend;
import org.heavylegs.core.trend.EfficiencyTrend;
import org.heavylegs.core.trend.HrAtPaceTrend;
import org.heavylegs.core.trend.HrvBaseline;
import org.heavylegs.core.trend.LabChanges;
import org.heavylegs.core.trend.Monotony;
import org.heavylegs.core.trend.RestingHrBaseline;
import org.heavylegs.core.trend.SleepDebt;
import org.heavylegs.core.trend.TrendSummary;
import org.heavylegs.core.trend.WeeklyVolume;
import org.heavylegs.core.trend.WellnessBaseline;

/**
 * The JSON of {@code trends --json}: one object; units are in the key names; a value that could not
 * be computed is null. Refused input and warnings are listed as {@code FILE:LINE: reason} lines.
 */
public final class TrendsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
    /** Days of the daily load, CTL, ATL and TSB series included, for charts. */
    public static final int SERIES_DAYS = 90;

    private TrendsJson() {
    }

    public static String render(History h, TrendSummary t) {
        try {
            return MAPPER.writeValueAsString(toNode(h, t));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render trends JSON", e);
        }
    }

    static ObjectNode toNode(History h, TrendSummary t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("athlete", h.athlete().name());
        o.put("as_of", h.asOf().toString());
        o.put("timezone", h.zone().getId());

        ObjectNode data = o.putObject("data");
        data.put("activities", h.activities().size());
        data.put("runs", h.runs().size());
        data.put("wellness_days", h.wellness().size());
        data.put("run_log_entries", h.runLog().size());
        data.put("unrecorded_runs", h.unrecordedRuns().size());
        data.put("lab_values", h.labs().size());

        ObjectNode load = o.putObject("load");
        load.put("metric", h.loadId());
        load.put("days", t.loadDays());
        load.put("missing_days", t.missingLoadDays());
        load.put("activities_without_load", t.activitiesWithoutLoad());
        num(load, "ctl", t.ctl(), 1);
        num(load, "atl", t.atl(), 1);
        num(load, "tsb", t.tsb(), 1);
        num(load, "ctl_ramp_per_week", t.ctlRampPerWeek(), 2);
        load.put("ctl_known_days", t.ctlKnownDays()); // extension: -1 when no activity has a known load
        AcuteChronicRatio.Ratios r = t.acwr();
        ObjectNode acwr = load.putObject("acwr");
        num(acwr, "ewma", r.ewma(), 3);
        num(acwr, "rolling_coupled", r.rollingCoupled(), 3);
        num(acwr, "rolling_uncoupled", r.rollingUncoupled(), 3);
        Monotony.Week w = t.monotony();
        num(load, "week_load", w.weeklyLoad(), 1);
        num(load, "monotony", w.monotony(), 2);
        num(load, "strain", w.strain(), 1);
        num(load, "strain_baseline_mean", w.strainBaselineMean(), 1);
        num(load, "strain_baseline_sd", w.strainBaselineSd(), 1);
        load.put("monotony_high", w.monotonyHigh());
        load.put("strain_high", w.strainHigh());
        ArrayNode series = load.putArray("series");
        int n = t.series().size();
        for (int i = Math.max(0, n - SERIES_DAYS); i < n; i++) {
            ObjectNode d = series.addObject();
            d.put("date", t.series().date(i).toString());
            num(d, "load", t.series().get(i), 1);
            boolean model = t.ctlKnownDays() >= 0;   // no activity of known load: no model to show
            num(d, "ctl", model ? t.fitness().ctl()[i] : Double.NaN, 1);
            num(d, "atl", model ? t.fitness().atl()[i] : Double.NaN, 1);
            num(d, "tsb", model ? t.fitness().tsb(i) : Double.NaN, 1);
        }

        WeeklyVolume.Result v = t.volume();
        ObjectNode vol = o.putObject("volume");
        num(vol, "week_km", v.distanceKm(), 2);
        num(vol, "week_h", v.hours(), 2);
        vol.put("week_runs", v.runs());
        num(vol, "previous_week_km", v.previousDistanceKm(), 2);
        num(vol, "previous_week_h", v.previousHours(), 2);
        vol.put("previous_week_runs", v.previousRuns());
        num(vol, "change_pct", v.changePct(), 1);

        HrvBaseline.Result hrv = t.hrv();
        ObjectNode hv = o.putObject("hrv");
        hv.put("state", hrv.state().key());
        num(hv, "ln_rmssd_7d", hrv.rollingLnRmssd(), 3);
        hv.put("days_7d", hrv.rollingDays());
        num(hv, "baseline_ln_rmssd", hrv.baselineLnRmssd(), 3);
        num(hv, "baseline_sd", hrv.baselineSd(), 3);
        num(hv, "band_low", hrv.bandLow(), 3);
        num(hv, "band_high", hrv.bandHigh(), 3);
        hv.put("baseline_days", hrv.baselineDays());
        num(hv, "cv_7d_pct", hrv.cvPct(), 2);
        num(hv, "latest_rmssd_ms", hrv.latestRmssdMs(), 1);
        date(hv, "latest_date", hrv.latestDate());

        RestingHrBaseline.Result rhr = t.restingHr();
        ObjectNode rh = o.putObject("resting_hr");
        rh.put("state", rhr.state().key());
        num(rh, "mean_7d_bpm", rhr.rollingMean(), 1);
        rh.put("days_7d", rhr.rollingDays());
        num(rh, "baseline_bpm", rhr.baselineMean(), 1);
        num(rh, "baseline_sd_bpm", rhr.baselineSd(), 2);
        num(rh, "threshold_bpm", rhr.threshold(), 1);
        rh.put("baseline_days", rhr.baselineDays());
        num(rh, "latest_bpm", rhr.latest(), 0);
        date(rh, "latest_date", rhr.latestDate());

        EfficiencyTrend.Result ef = t.efficiency();
        ObjectNode e = o.putObject("efficiency");
        num(e, "ef_7d", ef.recentEf(), 4);
        e.put("runs_7d", ef.recentRuns());
        num(e, "ef_baseline", ef.baselineEf(), 4);
        e.put("runs_baseline", ef.baselineRuns());
        num(e, "change_pct", ef.changePct(), 1);
        e.put("dropped", ef.dropped());

        HrAtPaceTrend.Result hp = t.hrAtPace();
        ObjectNode p = o.putObject("hr_at_pace");
        num(p, "reference_speed_m_s", hp.referenceSpeedMPerS(), 3);
        num(p, "reference_pace_s_per_km", 1000 / hp.referenceSpeedMPerS(), 0);
        num(p, "hr_recent_bpm", hp.recentHr(), 1);
        p.put("runs_recent", hp.recentRuns());
        num(p, "hr_baseline_bpm", hp.baselineHr(), 1);
        p.put("runs_baseline", hp.baselineRuns());
        num(p, "change_bpm", hp.changeBpm(), 1);
        p.put("risen", hp.risen());

        CadenceTrend.Result cs = t.cadence();
        ObjectNode c = o.putObject("cadence_speed");
        num(c, "reference_speed_m_s", cs.referenceSpeedMPerS(), 3);
        num(c, "cadence_recent_spm", cs.recentCadence(), 1);
        num(c, "slope_spm_per_m_s", cs.slopeSpmPerMS(), 2);
        c.put("runs_recent", cs.recentRuns());
        num(c, "cadence_baseline_spm", cs.baselineCadence(), 1);
        c.put("runs_baseline", cs.baselineRuns());
        num(c, "change_spm", cs.changeSpm(), 1);

        BodyMassTrend.Result bm = t.bodyMass();
        ObjectNode b = o.putObject("body_mass");
        num(b, "latest_kg", bm.latestKg(), 2);
        date(b, "latest_date", bm.latestDate());
        num(b, "mean_7d_kg", bm.meanKg(), 2);
        num(b, "mean_7d_4_weeks_ago_kg", bm.earlierMeanKg(), 2);
        num(b, "change_kg", bm.changeKg(), 2);
        num(b, "change_pct", bm.changePct(), 2);
        num(b, "slope_kg_per_week", bm.slopeKgPerWeek(), 3);

        SleepDebt.Result sl = t.sleep();
        ObjectNode s = o.putObject("sleep");
        num(s, "debt_7d_h", sl.debtH(), 2);
        s.put("nights_7d", sl.nights());
        num(s, "mean_7d_h", sl.meanH(), 2);
        num(s, "baseline_mean_h", sl.baselineMeanH(), 2);
        num(s, "need_h", SleepDebt.NEED_H, 1);

        WellnessBaseline.Result wb = t.wellness();
        ObjectNode wn = o.putObject("wellness");
        wn.put("days_with_items_worse_7d", wb.daysWithItemsWorse());
        wn.put("flagged", wb.flagged());
        ArrayNode items = wn.putArray("items");
        for (WellnessBaseline.ItemResult it : wb.items()) {
            ObjectNode i = items.addObject();
            i.put("item", it.item().key());
            num(i, "mean_7d", it.recentMean(), 2);
            i.put("days_7d", it.recentDays());
            num(i, "baseline_mean", it.baselineMean(), 2);
            num(i, "baseline_sd", it.baselineSd(), 2);
            i.put("days_worse_7d", it.daysWorse());
        }

        LabChanges.Result labs = t.labs();
        ArrayNode l = o.putArray("labs");
        for (LabChanges.Change ch : labs.latest()) {
            ObjectNode x = l.addObject();
            x.put("test", ch.test().key());
            x.put("unit", ch.test().canonicalUnit());
            x.put("date", ch.latest().date().toString());
            num(x, "value", ch.latest().value(), 3);
            num(x, "given_value", ch.latest().givenValue(), 3);
            x.put("given_unit", ch.latest().givenUnit());
            date(x, "previous_date", ch.previous() == null ? null : ch.previous().date());
            num(x, "previous_value", ch.previous() == null ? Double.NaN : ch.previous().value(), 3);
            num(x, "change", ch.change(), 3);
            num(x, "change_pct", ch.changePct(), 1);
            if (ch.daysBetween() >= 0) {
                x.put("days_between", ch.daysBetween());
            } else {
                x.putNull("days_between");
            }
        }
        ArrayNode cc = o.putArray("corrected_calcium");
        for (LabChanges.CorrectedCalciumValue v2 : labs.correctedCalcium()) {
            ObjectNode x = cc.addObject();
            x.put("date", v2.date().toString());
            num(x, "calcium_mmol_l", v2.calciumMmolL(), 3);
            num(x, "albumin_g_l", v2.albuminGL(), 1);
            num(x, "corrected_mmol_l", v2.correctedMmolL(), 3);
        }

        ArrayNode assumptions = o.putArray("assumptions");
        h.assumptions().forEach(assumptions::add);
        ArrayNode refused = o.putArray("refused");
        ArrayNode warnings = o.putArray("warnings");
        for (InputProblem pr : h.problems()) {
            (pr.refused() ? refused : warnings).add(pr.toString());
        }
        return o;
    }

    private static void date(ObjectNode o, String key, LocalDate d) {
        if (d == null) {
            o.putNull(key);
        } else {
            o.put(key, d.toString());
        }
    }

    /** A finite number rounded to the given decimals; NaN or infinity becomes null. */
    static void num(ObjectNode o, String key, double v, int decimals) {
        if (!Double.isFinite(v)) {
            o.putNull(key);
            return;
        }
        if (decimals == 0) {
            o.put(key, Math.round(v));
            return;
        }
        o.put(key, new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros());
    }
}
