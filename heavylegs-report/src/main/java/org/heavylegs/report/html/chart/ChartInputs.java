package org.heavylegs.report.html.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.core.metric.MetricResults;
import org.heavylegs.core.metric.durability.Decoupling;
import org.heavylegs.core.metric.durability.EfficiencyFactor;
import org.heavylegs.core.metric.dynamics.Cadence;
import org.heavylegs.core.metric.dynamics.GctBalance;
import org.heavylegs.core.metric.dynamics.GroundContactTime;
import org.heavylegs.core.metric.dynamics.VerticalOscillation;
import org.heavylegs.core.metric.dynamics.VerticalRatio;
import org.heavylegs.core.metric.fluids.MassLoss;
import org.heavylegs.core.metric.fluids.SweatRate;
import org.heavylegs.core.trend.AcuteChronicRatio;
import org.heavylegs.core.trend.DailyLoadSeries;
import org.heavylegs.core.trend.FitnessFatigue;
import org.heavylegs.core.trend.HrvBaseline;
import org.heavylegs.core.trend.RestingHrBaseline;
import org.heavylegs.core.trend.TrendSummary;

/**
 * The charts' data taken from what the diagnosis read: load and recovery day by day over the
 * window, the focus run with the windows its metrics looked at, per-run efficiency and sweat over
 * the recent weeks, and the focus run's running dynamics.
 */
public final class ChartInputs {
    /** Day-by-day charts show at least this many days, so a 42-day CTL has room to show its shape. */
    static final int MIN_CHART_DAYS = 42;
    /** The warm-up window the warm-up metrics look at: the first 10 minutes (SCIENCE.md 6.2). */
    static final double WARMUP_WINDOW_S = 10 * 60;
    /** Runs shorter than this have no warm-up window worth drawing (the metric needs 15 min). */
    static final double MIN_RUN_FOR_WARMUP_S = 15 * 60;
    /** The late window of the durability metrics: the last 20 % of moving time (SCIENCE.md 7.1). */
    static final double LATE_FROM_FRACTION = 0.80;
    /** Runs shorter than this have no late window (the durability metrics need 20 min). */
    static final double MIN_RUN_FOR_LATE_S = 20 * 60;

    private ChartInputs() {
    }

    public static ChartData of(DiagnosisInput in) {
        LocalDate asOf = in.history().asOf();
        int days = Math.max(in.windowDays(), MIN_CHART_DAYS);
        List<LocalDate> dates = new ArrayList<>(days);
        for (int i = days - 1; i >= 0; i--) {
            dates.add(asOf.minusDays(i));
        }
        return new ChartData(load(in.trends(), dates), recovery(in.history().wellness(), dates),
                focus(in.focusActivity()), efficiency(in, dates.get(0)), sweat(in, dates.get(0)),
                dynamics(in.focusMetrics()));
    }

    static LoadSeries load(TrendSummary t, List<LocalDate> dates) {
        DailyLoadSeries series = t.series();
        if (series == null || series.size() == 0 || t.fitness() == null) {
            return null;
        }
        FitnessFatigue.Result f = t.fitness();
        double[] values = series.values();
        int n = dates.size();
        double[] ctl = nan(n);
        double[] atl = nan(n);
        double[] tsb = nan(n);
        double[] acwr = nan(n);
        for (int k = 0; k < n; k++) {
            int i = series.indexOf(dates.get(k));
            if (i < 0 || i >= f.ctl().length) {
                continue;
            }
            ctl[k] = f.ctl()[i];
            atl[k] = f.atl()[i];
            tsb[k] = f.tsb(i);
            acwr[k] = AcuteChronicRatio.at(values, i).ewma();
        }
        return new LoadSeries(dates, ctl, atl, tsb, acwr);
    }

    static RecoverySeries recovery(List<WellnessDay> wellness, List<LocalDate> dates) {
        if (wellness.stream().noneMatch(w -> w.hrvRmssdMs() != null || w.restingHr() != null)) {
            return null;
        }
        int n = dates.size();
        double[] ln = nan(n);
        double[] ln7 = nan(n);
        double[] low = nan(n);
        double[] high = nan(n);
        double[] rhr = nan(n);
        double[] rhr7 = nan(n);
        double[] rhrBase = nan(n);
        for (WellnessDay w : wellness) {
            int k = dates.indexOf(w.date());
            if (k >= 0) {
                ln[k] = w.hrvRmssdMs() == null || !(w.hrvRmssdMs() > 0) ? Double.NaN : HrvBaseline.lnRmssd(w.hrvRmssdMs());
                rhr[k] = w.restingHr() == null ? Double.NaN : w.restingHr();
            }
        }
        for (int k = 0; k < n; k++) {
            HrvBaseline.Result h = HrvBaseline.of(wellness, dates.get(k));
            ln7[k] = h.rollingLnRmssd();
            low[k] = h.bandLow();
            high[k] = h.bandHigh();
            RestingHrBaseline.Result r = RestingHrBaseline.of(wellness, dates.get(k));
            rhr7[k] = r.rollingMean();
            rhrBase[k] = r.baselineMean();
        }
        return new RecoverySeries(dates, ln, ln7, low, high, rhr, rhr7, rhrBase);
    }

    public static FocusRun focus(Activity a) {
        if (a == null || a.streams().size() == 0) {
            return null;
        }
        double[] t = a.streams().time();
        double start = t[0];
        double end = t[t.length - 1];
        double moving = movingBetween(a.pauses(), start, end);
        List<RunWindow> windows = new ArrayList<>();
        if (moving >= MIN_RUN_FOR_WARMUP_S) {
            windows.add(new RunWindow(RunWindow.Kind.WARMUP, start, elapsedAtMoving(a.pauses(), start, WARMUP_WINDOW_S)));
        }
        if (moving >= MIN_RUN_FOR_LATE_S) {
            windows.add(new RunWindow(RunWindow.Kind.LATE_FADE,
                    elapsedAtMoving(a.pauses(), start, LATE_FROM_FRACTION * moving), end));
        }
        return new FocusRun(fileName(a.source()), a.streams(), windows);
    }

    /** The last part of a path as written in an activity's source (a report shows no folders of the machine). */
    static String fileName(String source) {
        String s = source.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1);
    }

    /** Seconds of [from, to] outside timer pauses. */
    static double movingBetween(List<Pause> pauses, double from, double to) {
        double paused = 0;
        for (Pause p : pauses) {
            paused += Math.max(0, Math.min(p.endS(), to) - Math.max(p.startS(), from));
        }
        return to - from - paused;
    }

    /** The elapsed time (since the activity's start) at which {@code movingS} seconds of moving time have passed. */
    static double elapsedAtMoving(List<Pause> pauses, double start, double movingS) {
        double t = start + movingS;
        for (Pause p : pauses) {
            if (p.endS() > start && p.startS() < t) {
                t += p.endS() - Math.max(p.startS(), start);
            }
        }
        return t;
    }

    static List<RunEfficiency> efficiency(DiagnosisInput in, LocalDate from) {
        List<RunEfficiency> out = new ArrayList<>();
        for (RunSummary r : in.history().runs()) {
            Double d = r.metrics().get(Decoupling.KEY);
            Double ef = r.metrics().get(EfficiencyFactor.KEY);
            if (!r.date().isBefore(from) && (d != null || ef != null)) {
                out.add(new RunEfficiency(r.date(), d == null ? Double.NaN : d, ef == null ? Double.NaN : ef));
            }
        }
        return out;
    }

    static List<SweatRun> sweat(DiagnosisInput in, LocalDate from) {
        List<SweatRun> out = new ArrayList<>();
        for (RunSummary r : in.history().runs()) {
            Double loss = r.metrics().get(MassLoss.KEY);
            Double rate = r.metrics().get(SweatRate.KEY);
            if (!r.date().isBefore(from) && loss != null) {
                out.add(new SweatRun(r.date(), loss, rate == null ? Double.NaN : rate));
            }
        }
        return out;
    }

    static Dynamics dynamics(MetricResults m) {
        if (m == null || !m.has(Cadence.KEY)) {
            return null;
        }
        return new Dynamics("focus run average", value(m, Cadence.KEY), value(m, GroundContactTime.KEY),
                value(m, VerticalOscillation.KEY), value(m, VerticalRatio.KEY), value(m, GctBalance.KEY));
    }

    private static double value(MetricResults m, String key) {
        return m.has(key) ? m.number(key) : Double.NaN;
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }
}
