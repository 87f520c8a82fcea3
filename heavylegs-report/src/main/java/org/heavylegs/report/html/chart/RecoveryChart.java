package org.heavylegs.report.html.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.heavylegs.report.explain.Labels;
import org.heavylegs.report.svg.Legend;
import org.heavylegs.report.svg.Panel;
import org.heavylegs.report.svg.Svg;
import org.heavylegs.report.svg.Ticks;

/**
 * Morning HRV (ln rMSSD: daily values, 7-day mean, baseline band) and resting heart rate (daily
 * values, 7-day mean, baseline) over the window. A panel is drawn only for data that exists.
 */
public final class RecoveryChart {
    public static final String ID = "chart-recovery";
    static final String TITLE = "Recovery: morning HRV and resting heart rate against your baseline";

    /** Resting HR flag: 7-day mean above the 60-day mean by more than 5 bpm [heuristic] (SCIENCE.md 10.6). */
    static final double RESTING_HR_RISE_BPM = 5;

    private static final double PANEL_H = 120;

    private RecoveryChart() {
    }

    public static Chart render(RecoverySeries r) {
        boolean hrv = r != null && (Series.anyFinite(r.lnRmssd()) || Series.anyFinite(r.lnRmssd7d()));
        boolean rhr = r != null && (Series.anyFinite(r.restingHr()) || Series.anyFinite(r.restingHr7d()));
        if (r == null || r.days().size() < 2 || !(hrv || rhr)) {
            return Chart.missing(ID, TITLE, "No HRV or resting heart rate: add hrv_rmssd_ms and resting_hr to wellness.csv "
                    + "(a morning reading each day).");
        }
        String reading = reading(r);
        Legend legend = new Legend();
        if (hrv) {
            legend.add(Legend.Key.LINE, Palette.TEAL, "HRV 7-day mean").add(Legend.Key.DOT, "#99e9f2", "HRV daily")
                    .add(Legend.Key.BAND, Palette.GREEN, "HRV baseline band");
        }
        if (rhr) {
            legend.add(Legend.Key.LINE, Palette.RED, "resting HR 7-day mean").add(Legend.Key.DOT, "#ffc9c9", "resting HR daily")
                    .add(Legend.Key.DASH, Palette.GREY, "resting HR baseline");
        }
        double y = Axes.firstPanelTop(legend);
        double height = y + (hrv ? PANEL_H : 0) + (hrv && rhr ? Axes.GAP : 0) + (rhr ? PANEL_H : 0) + Axes.BOTTOM;
        Svg svg = new Svg(ID, Axes.WIDTH, height, TITLE,
                "Morning heart-rate variability as ln rMSSD with its 7-day mean and your baseline band (mean plus or "
                        + "minus half a standard deviation), and resting heart rate with its 7-day mean and baseline. "
                        + reading);
        double[] x = Axes.epochDays(r.days());
        Panel last = null;
        if (hrv) {
            double lo = Series.min(r.lnRmssd(), r.lnRmssd7d(), r.lnRmssdBandLow());
            double hi = Series.max(r.lnRmssd(), r.lnRmssd7d(), r.lnRmssdBandHigh());
            Panel p = new Panel(svg, Axes.LEFT, y, Axes.PLOT_W, PANEL_H, x[0], x[x.length - 1], Ticks.nice(lo, hi, 5), false)
                    .axes("HRV, ln rMSSD (natural log of ms; higher is more recovered)", Labels::number);
            p.area(x, r.lnRmssdBandLow(), r.lnRmssdBandHigh(), Palette.GREEN, 0.16)
                    .dots(x, r.lnRmssd(), 2.5, "#99e9f2", null)
                    .line(x, r.lnRmssd7d(), Palette.TEAL, 2, null);
            last = p;
            y += PANEL_H + Axes.GAP;
        }
        if (rhr) {
            double lo = Series.min(r.restingHr(), r.restingHr7d(), r.restingHrBaseline());
            double hi = Series.max(r.restingHr(), r.restingHr7d(), r.restingHrBaseline());
            Panel p = new Panel(svg, Axes.LEFT, y, Axes.PLOT_W, PANEL_H, x[0], x[x.length - 1], Ticks.nice(lo, hi, 5), false)
                    .axes("Resting heart rate (bpm; lower is more recovered)", Labels::number);
            p.line(x, r.restingHrBaseline(), Palette.GREY, 1.5, "5 3")
                    .dots(x, r.restingHr(), 2.5, "#ffc9c9", null)
                    .line(x, r.restingHr7d(), Palette.RED, 2, null);
            last = p;
        }
        Object[] ticks = Axes.dateTicks(r.days().get(0), r.days().get(r.days().size() - 1));
        last.xTicks((double[]) ticks[0], (String[]) ticks[1]).xTitle("date");
        legend.draw(svg, Axes.LEFT, Axes.LEGEND_Y, Axes.WIDTH - Axes.RIGHT);
        return new Chart(ID, TITLE, svg.close(), reading);
    }

    static String reading(RecoverySeries r) {
        List<String> parts = new ArrayList<>();
        int i = Series.lastFinite(r.lnRmssd7d());
        if (i >= 0) {
            double v = r.lnRmssd7d()[i];
            double lo = r.lnRmssdBandLow()[i];
            double hi = r.lnRmssdBandHigh()[i];
            String where;
            if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
                where = "with no baseline yet to compare";
            } else if (v < lo) {
                where = String.format(Locale.ROOT, "below your baseline band (%.2f to %.2f)", lo, hi);
            } else if (v > hi) {
                where = String.format(Locale.ROOT, "above your baseline band (%.2f to %.2f)", lo, hi);
            } else {
                where = String.format(Locale.ROOT, "inside your baseline band (%.2f to %.2f)", lo, hi);
            }
            parts.add(String.format(Locale.ROOT, "your 7-day HRV (ln rMSSD %.2f) is %s", v, where));
        }
        int j = Series.lastFinite(r.restingHr7d());
        if (j >= 0) {
            double v = r.restingHr7d()[j];
            double base = r.restingHrBaseline()[j];
            if (Double.isFinite(base)) {
                double diff = v - base;
                String how = Math.abs(diff) < 0.5 ? "level with its baseline"
                        : String.format(Locale.ROOT, "%.0f bpm %s its baseline of %.0f bpm", Math.abs(diff),
                        diff > 0 ? "above" : "below", base);
                parts.add("your resting heart rate (7-day mean " + Math.round(v) + " bpm) is " + how
                        + (diff > RESTING_HR_RISE_BPM ? ", a sign of incomplete recovery" : ""));
            } else {
                parts.add("your resting heart rate averages " + Math.round(v) + " bpm over 7 days, with no baseline yet");
            }
        }
        if (parts.isEmpty()) {
            return "There are daily readings but not yet enough for a 7-day mean.";
        }
        String s = String.join(", and ", parts) + ".";
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
