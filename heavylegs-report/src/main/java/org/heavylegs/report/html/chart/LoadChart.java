package org.heavylegs.report.html.chart;

import java.util.Locale;
import org.heavylegs.report.explain.Labels;
import org.heavylegs.report.svg.Legend;
import org.heavylegs.report.svg.Panel;
import org.heavylegs.report.svg.Svg;
import org.heavylegs.report.svg.Ticks;

/**
 * Training load over the window: fitness (CTL), fatigue (ATL) and form (TSB) in one panel, the
 * acute:chronic workload ratio in another with Gabbett's 0.8-1.3 range and 1.5 spike line.
 */
public final class LoadChart {
    public static final String ID = "chart-load";
    static final String TITLE = "Training load: fitness, fatigue, form and the acute:chronic ratio";

    /** Gabbett 2016 (Br J Sports Med 50:273): "sweet spot" 0.8-1.3; thresholds confirmed only via secondary sources. */
    static final double ACWR_LOW = 0.8;
    static final double ACWR_HIGH = 1.3;
    /** Gabbett 2016 "danger zone" from 1.5; a weak marker (Impellizzeri et al. 2020 critique). */
    static final double ACWR_SPIKE = 1.5;

    private static final double TOP_H = 150;
    private static final double RATIO_H = 100;

    private LoadChart() {
    }

    public static Chart render(LoadSeries load) {
        if (load == null || load.days().size() < 2
                || !(Series.anyFinite(load.ctl()) || Series.anyFinite(load.atl()) || Series.anyFinite(load.acwr()))) {
            return Chart.missing(ID, TITLE, "No training-load chart: it needs runs with heart rate or pace over the window.");
        }
        String reading = reading(load);
        boolean top = Series.anyFinite(load.ctl()) || Series.anyFinite(load.atl()) || Series.anyFinite(load.tsb());
        boolean ratio = Series.anyFinite(load.acwr());
        Legend legend = new Legend();
        if (top) {
            legend.add(Legend.Key.LINE, Palette.BLUE, "fitness (CTL)").add(Legend.Key.LINE, Palette.RED, "fatigue (ATL)")
                    .add(Legend.Key.DASH, Palette.GREY, "form (TSB)");
        }
        if (ratio) {
            legend.add(Legend.Key.LINE, Palette.VIOLET, "acute:chronic ratio")
                    .add(Legend.Key.BAND, Palette.GREEN, "0.8-1.3 range").add(Legend.Key.DASH, Palette.RED, "1.5 spike line");
        }
        double y = Axes.firstPanelTop(legend);
        double height = y + (top ? TOP_H : 0) + (top && ratio ? Axes.GAP : 0) + (ratio ? RATIO_H : 0) + Axes.BOTTOM;
        Svg svg = new Svg(ID, Axes.WIDTH, height, TITLE,
                "Daily fitness (CTL, 42-day), fatigue (ATL, 7-day) and form (TSB) in load points per day, and the "
                        + "acute:chronic workload ratio with the 0.8 to 1.3 range and the 1.5 spike line. " + reading);
        double[] x = Axes.epochDays(load.days());
        double x0 = x[0];
        double x1 = x[x.length - 1];
        Panel last = null;
        if (top) {
            double lo = Math.min(0, Series.min(load.ctl(), load.atl(), load.tsb()));
            double hi = Series.max(load.ctl(), load.atl(), load.tsb());
            Panel p = new Panel(svg, Axes.LEFT, y, Axes.PLOT_W, TOP_H, x0, x1, Ticks.nice(lo, hi, 5), false)
                    .axes("Fitness, fatigue and form (load points per day)", Labels::number);
            if (lo < 0) {
                p.hline(0, Svg.MUTED, 1, null);
            }
            p.line(x, load.tsb(), Palette.GREY, 1.5, "5 3").line(x, load.ctl(), Palette.BLUE, 2, null)
                    .line(x, load.atl(), Palette.RED, 2, null);
            last = p;
            y += TOP_H + Axes.GAP;
        }
        if (ratio) {
            double lo = Math.min(0.5, Series.min(load.acwr()));
            double hi = Math.max(1.7, Series.max(load.acwr()));
            Panel p = new Panel(svg, Axes.LEFT, y, Axes.PLOT_W, RATIO_H, x0, x1, Ticks.nice(lo, hi, 4), false)
                    .axes("Acute:chronic workload ratio (7-day / 28-day load, no unit)", Labels::number);
            p.hband(ACWR_LOW, ACWR_HIGH, Palette.GREEN, 0.14).hline(ACWR_SPIKE, Palette.RED, 1.2, "5 3")
                    .line(x, load.acwr(), Palette.VIOLET, 2, null);
            int i = Series.lastFinite(load.acwr());
            p.dots(new double[] {x[i]}, new double[] {load.acwr()[i]}, 3.5, Palette.VIOLET, null);
            last = p;
        }
        Object[] ticks = Axes.dateTicks(load.days().get(0), load.days().get(load.days().size() - 1));
        last.xTicks((double[]) ticks[0], (String[]) ticks[1]).xTitle("date");
        legend.draw(svg, Axes.LEFT, Axes.LEGEND_Y, Axes.WIDTH - Axes.RIGHT);
        return new Chart(ID, TITLE, svg.close(), reading);
    }

    static String reading(LoadSeries load) {
        int i = Series.lastFinite(load.acwr());
        int t = Series.lastFinite(load.tsb());
        String form = t < 0 ? "" : String.format(Locale.ROOT, "your form (TSB) is %s", Labels.number(load.tsb()[t]));
        if (i < 0) {
            return form.isEmpty() ? "Your acute:chronic ratio cannot be computed yet."
                    : Character.toUpperCase(form.charAt(0)) + form.substring(1) + " (fitness minus fatigue).";
        }
        double a = load.acwr()[i];
        String verdict;
        if (a >= ACWR_SPIKE) {
            verdict = "a spike (1.5 or more)";
        } else if (a > ACWR_HIGH) {
            verdict = "above the usual 0.8-1.3 range but under the 1.5 spike line";
        } else if (a >= ACWR_LOW) {
            verdict = "within the usual 0.8-1.3 range";
        } else {
            verdict = "below 0.8, so you are training less than you are used to";
        }
        return String.format(Locale.ROOT, "Your acute load is %.2f times your chronic load: %s%s.", a, verdict,
                form.isEmpty() ? "" : "; " + form);
    }
}
