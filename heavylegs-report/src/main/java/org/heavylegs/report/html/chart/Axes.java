package org.heavylegs.report.html.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.heavylegs.report.svg.Ticks;

/** Shared axis choices of the charts: date ticks on epoch days, and pace ticks on whole seconds. */
final class Axes {
    static final double WIDTH = 720;
    static final double LEFT = 58;
    static final double RIGHT = 32;
    static final double PLOT_W = WIDTH - LEFT - RIGHT;
    /** Room above the first panel for the legend. */
    static final double LEGEND_Y = 16;
    /** Space between panels (panel title sits in it). */
    static final double GAP = 34;
    /** Space under the last panel for tick labels and the axis title. */
    static final double BOTTOM = 44;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final double[] PACE_STEPS = {10, 15, 20, 30, 60, 120, 300};

    private Axes() {
    }

    /** The top of the first panel under a legend drawn at LEGEND_Y (room for its rows and a panel title). */
    static double firstPanelTop(org.heavylegs.report.svg.Legend legend) {
        return LEGEND_Y + Math.max(0, legend.rows(LEFT, WIDTH - RIGHT) - 1) * org.heavylegs.report.svg.Legend.ROW + 32;
    }

    /** x ticks (epoch days) and labels for a date range. */
    static Object[] dateTicks(LocalDate first, LocalDate last) {
        List<LocalDate> ds = Ticks.dates(first, last, 7);
        double[] ticks = new double[ds.size()];
        String[] labels = new String[ds.size()];
        boolean months = last.toEpochDay() - first.toEpochDay() > 7 * 28;
        for (int i = 0; i < ds.size(); i++) {
            ticks[i] = ds.get(i).toEpochDay();
            labels[i] = (months ? MONTH : DAY).format(ds.get(i));
        }
        return new Object[] {ticks, labels};
    }

    static double[] epochDays(List<LocalDate> days) {
        double[] x = new double[days.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = days.get(i).toEpochDay();
        }
        return x;
    }

    /** Pace ticks (seconds per km) on a round step, at most about five, enclosing [min, max]. */
    static double[] paceTicks(double min, double max) {
        double step = PACE_STEPS[PACE_STEPS.length - 1];
        for (double s : PACE_STEPS) {
            if ((max - min) / s <= 4) {
                step = s;
                break;
            }
        }
        double first = Math.floor(min / step) * step;
        double last = Math.ceil(max / step) * step;
        if (last <= first) {
            last = first + step;
        }
        int n = (int) Math.round((last - first) / step) + 1;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = first + i * step;
        }
        return t;
    }

    /** Minute ticks for a run of the given length. */
    static double[] minuteTicks(double totalMin) {
        return Ticks.nice(0, Math.max(1, totalMin), 8);
    }
}
