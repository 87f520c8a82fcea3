package org.heavylegs.report.html.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.heavylegs.report.explain.Labels;
import org.heavylegs.report.svg.Legend;
import org.heavylegs.report.svg.Panel;
import org.heavylegs.report.svg.Svg;
import org.heavylegs.report.svg.Ticks;

/**
 * Run by run over the weeks: aerobic decoupling (heart-rate drift at steady pace) with the 5 % and
 * 10 % lines of the Friel convention, and the efficiency factor (speed per heartbeat).
 */
public final class DurabilityChart {
    public static final String ID = "chart-durability";
    static final String TITLE = "Heart-rate drift (decoupling) and efficiency factor per run";

    /** Friel/TrainingPeaks convention (SCIENCE.md 10.5): under 5 % coupled, 5-10 % moderate, over 10 % poor. */
    static final double DECOUPLING_OK_PCT = 5;
    static final double DECOUPLING_POOR_PCT = 10;

    private static final double PANEL_H = 110;

    private DurabilityChart() {
    }

    public static Chart render(List<RunEfficiency> runs) {
        List<RunEfficiency> sorted = runs == null ? List.of()
                : runs.stream().filter(r -> r.date() != null).sorted(Comparator.comparing(RunEfficiency::date)).toList();
        double[] dec = sorted.stream().mapToDouble(RunEfficiency::decouplingPct).toArray();
        double[] ef = sorted.stream().mapToDouble(RunEfficiency::efficiencyFactor).toArray();
        boolean hasDec = Series.anyFinite(dec);
        boolean hasEf = Series.anyFinite(ef);
        if (!hasDec && !hasEf) {
            return Chart.missing(ID, TITLE, "No decoupling or efficiency data: it needs runs with heart rate and pace "
                    + "(decoupling needs steady runs of an hour or more).");
        }
        String reading = reading(sorted);
        Legend legend = new Legend();
        if (hasDec) {
            legend.add(Legend.Key.DOT, Palette.UNLIKELY, "drift under 5 %").add(Legend.Key.DOT, Palette.POSSIBLE, "5-10 %")
                    .add(Legend.Key.DOT, Palette.LIKELY, "over 10 %")
                    .add(Legend.Key.DASH, Palette.POSSIBLE, "5 % line").add(Legend.Key.DASH, Palette.LIKELY, "10 % line");
        }
        if (hasEf) {
            legend.add(Legend.Key.LINE, Palette.BLUE, "efficiency factor");
        }
        double y = Axes.firstPanelTop(legend);
        double height = y + (hasDec ? PANEL_H : 0) + (hasDec && hasEf ? Axes.GAP : 0) + (hasEf ? PANEL_H : 0) + Axes.BOTTOM;
        Svg svg = new Svg(ID, Axes.WIDTH, height, TITLE,
                "One dot per run: heart-rate drift over a steady run in percent, with the 5 and 10 percent lines, and "
                        + "the efficiency factor in metres per minute per heartbeat. " + reading);
        LocalDate first = sorted.get(0).date().minusDays(1);
        LocalDate last = sorted.get(sorted.size() - 1).date().plusDays(1);
        double[] x = sorted.stream().mapToDouble(r -> r.date().toEpochDay()).toArray();
        Panel lastPanel = null;
        if (hasDec) {
            double lo = Math.min(0, Series.min(dec));
            double hi = Math.max(12, Series.max(dec));
            Panel p = new Panel(svg, Axes.LEFT, y, Axes.PLOT_W, PANEL_H, first.toEpochDay(), last.toEpochDay(),
                    Ticks.nice(lo, hi, 4), false).axes("Heart-rate drift at steady pace (decoupling, %)", Labels::number);
            p.hline(DECOUPLING_OK_PCT, Palette.POSSIBLE, 1.2, "5 3").hline(DECOUPLING_POOR_PCT, Palette.LIKELY, 1.2, "5 3");
            for (int i = 0; i < dec.length; i++) {
                if (Double.isFinite(dec[i])) {
                    String c = dec[i] > DECOUPLING_POOR_PCT ? Palette.LIKELY
                            : dec[i] > DECOUPLING_OK_PCT ? Palette.POSSIBLE : Palette.UNLIKELY;
                    p.dots(new double[] {x[i]}, new double[] {dec[i]}, 4, c, null);
                }
            }
            lastPanel = p;
            y += PANEL_H + Axes.GAP;
        }
        if (hasEf) {
            Panel p = new Panel(svg, Axes.LEFT, y, Axes.PLOT_W, PANEL_H, first.toEpochDay(), last.toEpochDay(),
                    Ticks.nice(Series.min(ef), Series.max(ef), 4), false)
                    .axes("Efficiency factor (m/min per bpm; higher is better)", Labels::number);
            p.line(x, compact(ef), Palette.BLUE, 1.5, null).dots(x, ef, 3.5, Palette.BLUE, null);
            lastPanel = p;
        }
        Object[] ticks = Axes.dateTicks(first, last);
        lastPanel.xTicks((double[]) ticks[0], (String[]) ticks[1]).xTitle("date of run");
        legend.draw(svg, Axes.LEFT, Axes.LEGEND_Y, Axes.WIDTH - Axes.RIGHT);
        return new Chart(ID, TITLE, svg.close(), reading);
    }

    /** Joins the finite values across runs that have none (so the trend line does not break at each gap). */
    private static double[] compact(double[] v) {
        double[] out = v.clone();
        int lastI = -1;
        for (int i = 0; i < v.length; i++) {
            if (Double.isFinite(v[i])) {
                if (lastI >= 0) {
                    for (int k = lastI + 1; k < i; k++) {
                        out[k] = v[lastI] + (v[i] - v[lastI]) * (k - lastI) / (i - lastI);
                    }
                }
                lastI = i;
            }
        }
        return out;
    }

    static String reading(List<RunEfficiency> sorted) {
        List<String> parts = new ArrayList<>();
        List<RunEfficiency> withDec = sorted.stream().filter(r -> Double.isFinite(r.decouplingPct())).toList();
        if (!withDec.isEmpty()) {
            long over = withDec.stream().filter(r -> r.decouplingPct() > DECOUPLING_OK_PCT).count();
            double latest = withDec.get(withDec.size() - 1).decouplingPct();
            parts.add(String.format(Locale.ROOT, "heart rate drifted more than 5 %% in %d of %d steady run%s (latest %s %%)",
                    over, withDec.size(), withDec.size() == 1 ? "" : "s", Labels.number(latest)));
        }
        List<RunEfficiency> withEf = sorted.stream().filter(r -> Double.isFinite(r.efficiencyFactor())).toList();
        if (withEf.size() >= 4) {
            int half = withEf.size() / 2;
            double early = withEf.subList(0, half).stream().mapToDouble(RunEfficiency::efficiencyFactor).average().orElse(Double.NaN);
            double late = withEf.subList(withEf.size() - half, withEf.size()).stream()
                    .mapToDouble(RunEfficiency::efficiencyFactor).average().orElse(Double.NaN);
            double change = (late / early - 1) * 100;
            String dir = Math.abs(change) < 0.5 ? "unchanged" : String.format(Locale.ROOT, "%.0f %% %s", Math.abs(change),
                    change < 0 ? "lower" : "higher");
            parts.add("efficiency in your last " + half + " runs was " + dir + (dir.equals("unchanged") ? " from" : " than in")
                    + " your first " + half);
        } else if (!withEf.isEmpty()) {
            parts.add("efficiency factor was " + Labels.number(withEf.get(withEf.size() - 1).efficiencyFactor())
                    + " m/min per bpm in the latest run (too few runs for a trend)");
        }
        String s = String.join(", and ", parts) + ".";
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
