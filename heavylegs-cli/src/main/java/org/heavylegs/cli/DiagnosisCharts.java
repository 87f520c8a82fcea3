package org.heavylegs.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.core.metric.durability.Decoupling;
import org.heavylegs.core.metric.durability.EfficiencyFactor;
import org.heavylegs.core.metric.dynamics.Cadence;
import org.heavylegs.core.metric.dynamics.GctBalance;
import org.heavylegs.core.metric.dynamics.GroundContactTime;
import org.heavylegs.core.metric.dynamics.VerticalOscillation;
import org.heavylegs.core.metric.dynamics.VerticalRatio;
import org.heavylegs.core.metric.fluids.MassLoss;
import org.heavylegs.core.metric.fluids.SweatRate;
import org.heavylegs.core.metric.warmup.Warmup;
import org.heavylegs.core.trend.AcuteChronicRatio;
import org.heavylegs.core.trend.DailyLoadSeries;
import org.heavylegs.core.trend.FitnessFatigue;
import org.heavylegs.core.trend.HrvBaseline;
import org.heavylegs.core.trend.RestingHrBaseline;
import org.heavylegs.report.html.chart.ChartData;
import org.heavylegs.report.html.chart.Dynamics;
import org.heavylegs.report.html.chart.FocusRun;
import org.heavylegs.report.html.chart.LoadSeries;
import org.heavylegs.report.html.chart.RecoverySeries;
import org.heavylegs.report.html.chart.RunEfficiency;
import org.heavylegs.report.html.chart.RunWindow;
import org.heavylegs.report.html.chart.SweatRun;

/**
 * Wiring: the chart inputs of the HTML report (docs/report.md, "Chart inputs") from what the
 * diagnosis read. Load and recovery cover the last {@link #CHART_DAYS} days; runs the analysis window.
 */
final class DiagnosisCharts {

    /** Days the load and recovery charts show [heuristic: a training block and its lead-in]. */
    static final int CHART_DAYS = 84;
    /** The late-run window of the fade metrics: the last 20 % of the run (SCIENCE.md 7.1). */
    static final double LATE_SHARE = 0.2;

    private DiagnosisCharts() {
    }

    static ChartData of(DiagnosisInput in, String focusFile) {
        return new ChartData(load(in), recovery(in), focus(in, focusFile), efficiency(in), sweat(in), dynamics(in));
    }

    static LoadSeries load(DiagnosisInput in) {
        DailyLoadSeries s = in.trends().series();
        if (s.isEmpty() || Double.isNaN(in.trends().ctl())) {
            return null;
        }
        int n = s.size();
        int from = Math.max(0, n - CHART_DAYS);
        double[] load = s.values();
        FitnessFatigue.Result ff = in.trends().fitness();
        double[] acute = AcuteChronicRatio.ewma(load, AcuteChronicRatio.ACUTE_DAYS);
        double[] chronic = AcuteChronicRatio.ewma(load, AcuteChronicRatio.CHRONIC_DAYS);
        List<LocalDate> days = new ArrayList<>();
        double[] ctl = new double[n - from];
        double[] atl = new double[n - from];
        double[] tsb = new double[n - from];
        double[] acwr = new double[n - from];
        for (int i = from; i < n; i++) {
            days.add(s.date(i));
            ctl[i - from] = ff.ctl()[i];
            atl[i - from] = ff.atl()[i];
            tsb[i - from] = ff.tsb(i);
            acwr[i - from] = i + 1 >= AcuteChronicRatio.CHRONIC_DAYS && chronic[i] > 0 ? acute[i] / chronic[i] : Double.NaN;
        }
        return new LoadSeries(days, ctl, atl, tsb, acwr);
    }

    static RecoverySeries recovery(DiagnosisInput in) {
        List<WellnessDay> wellness = in.history().wellness();
        boolean any = wellness.stream().anyMatch(w -> w.hrvRmssdMs() != null || w.restingHr() != null);
        if (!any) {
            return null;
        }
        LocalDate last = in.asOf();
        LocalDate first = last.minusDays(CHART_DAYS - 1L);
        int n = CHART_DAYS;
        double[] ln = nan(n);
        double[] ln7 = nan(n);
        double[] lo = nan(n);
        double[] hi = nan(n);
        double[] rhr = nan(n);
        double[] rhr7 = nan(n);
        double[] rhrBase = nan(n);
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            days.add(first.plusDays(i));
        }
        for (WellnessDay w : wellness) {
            int i = (int) (w.date().toEpochDay() - first.toEpochDay());
            if (i >= 0 && i < n) {
                ln[i] = w.hrvRmssdMs() != null && w.hrvRmssdMs() > 0 ? HrvBaseline.lnRmssd(w.hrvRmssdMs()) : Double.NaN;
                rhr[i] = w.restingHr() != null ? w.restingHr() : Double.NaN;
            }
        }
        for (int i = 0; i < n; i++) {
            HrvBaseline.Result h = HrvBaseline.of(wellness, days.get(i));
            ln7[i] = h.rollingLnRmssd();
            lo[i] = h.bandLow();
            hi[i] = h.bandHigh();
            RestingHrBaseline.Result r = RestingHrBaseline.of(wellness, days.get(i));
            rhr7[i] = r.rollingMean();
            rhrBase[i] = r.baselineMean();
        }
        return new RecoverySeries(days, ln, ln7, lo, hi, rhr, rhr7, rhrBase);
    }

    static FocusRun focus(DiagnosisInput in, String file) {
        Activity a = in.focusActivity();
        if (a == null || a.streams().size() < 2) {
            return null;
        }
        double[] t = a.streams().time();
        double end = t[t.length - 1];
        List<RunWindow> windows = new ArrayList<>();
        double warmupMin = in.focus(Warmup.KEY_MIN);
        if (warmupMin > 0 && warmupMin * 60 < end) {
            windows.add(new RunWindow(RunWindow.Kind.WARMUP, 0, warmupMin * 60));
        }
        if (end > 0 && !Double.isNaN(in.focus(Decoupling.KEY))) {
            windows.add(new RunWindow(RunWindow.Kind.LATE_FADE, (1 - LATE_SHARE) * end, end));
        }
        return new FocusRun(file == null ? a.source() : file, a.streams(), windows);
    }

    static List<RunEfficiency> efficiency(DiagnosisInput in) {
        List<RunEfficiency> out = new ArrayList<>();
        for (RunSummary r : in.windowRuns()) {
            double dec = DiagnosisInput.metric(r, Decoupling.KEY);
            double ef = DiagnosisInput.metric(r, EfficiencyFactor.KEY);
            if (!Double.isNaN(dec) || !Double.isNaN(ef)) {
                out.add(new RunEfficiency(r.date(), dec, ef));
            }
        }
        return out;
    }

    static List<SweatRun> sweat(DiagnosisInput in) {
        List<SweatRun> out = new ArrayList<>();
        for (RunSummary r : in.windowRuns()) {
            double loss = DiagnosisInput.metric(r, MassLoss.KEY);
            if (!Double.isNaN(loss)) {
                out.add(new SweatRun(r.date(), loss, DiagnosisInput.metric(r, SweatRate.KEY)));
            }
        }
        return out;
    }

    static Dynamics dynamics(DiagnosisInput in) {
        String[] keys = {Cadence.KEY, GroundContactTime.KEY, VerticalOscillation.KEY, VerticalRatio.KEY, GctBalance.KEY};
        double[] focus = new double[keys.length];
        boolean any = false;
        for (int k = 0; k < keys.length; k++) {
            focus[k] = in.focus(keys[k]);
            any |= !Double.isNaN(focus[k]);
        }
        if (any) {
            return new Dynamics("focus run average", focus[0], focus[1], focus[2], focus[3], focus[4]);
        }
        List<RunSummary> runs = in.windowRuns();
        double[] median = new double[keys.length];
        for (int k = 0; k < keys.length; k++) {
            final String key = keys[k];
            double[] v = runs.stream().mapToDouble(r -> DiagnosisInput.metric(r, key)).filter(x -> !Double.isNaN(x)).sorted().toArray();
            median[k] = v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
            any |= v.length > 0;
        }
        return any ? new Dynamics("median of " + runs.size() + " recent runs", median[0], median[1], median[2], median[3],
                median[4]) : null;
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
