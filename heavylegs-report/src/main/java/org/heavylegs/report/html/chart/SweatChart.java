package org.heavylegs.report.html.chart;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.heavylegs.report.explain.Labels;
import org.heavylegs.report.svg.Legend;
import org.heavylegs.report.svg.Panel;
import org.heavylegs.report.svg.Svg;
import org.heavylegs.report.svg.Ticks;

/**
 * Per logged run: body-mass change (bars, with the 2 % line; a bar below zero means the runner came
 * back heavier) and sweat rate (dots, with the usual athletic range).
 */
public final class SweatChart {
    public static final String ID = "chart-sweat";
    static final String TITLE = "Fluid balance: body-mass loss and sweat rate per run";

    /** ACSM 2007 (Sawka et al., Med Sci Sports Exerc 39:377): keep losses under 2 % of body mass. */
    static final double MASS_LOSS_LIMIT_PCT = 2;
    /** Usual athletic sweat rates, about 0.5-2.0 L/h (Baker et al. 2016/2019). */
    static final double SWEAT_RATE_LOW_L_PER_H = 0.5;
    static final double SWEAT_RATE_HIGH_L_PER_H = 2.0;

    private static final double PANEL_H = 110;

    private SweatChart() {
    }

    public static Chart render(List<SweatRun> runs) {
        List<SweatRun> sorted = runs == null ? List.of()
                : runs.stream().filter(r -> r.date() != null).sorted(Comparator.comparing(SweatRun::date)).toList();
        double[] loss = sorted.stream().mapToDouble(SweatRun::massLossPct).toArray();
        double[] rate = sorted.stream().mapToDouble(SweatRun::sweatRateLPerH).toArray();
        boolean hasLoss = Series.anyFinite(loss);
        boolean hasRate = Series.anyFinite(rate);
        if (!hasLoss && !hasRate) {
            return Chart.missing(ID, TITLE, "No fluid-balance data: log body mass before and after runs "
                    + "(pre_mass_kg, post_mass_kg) and what you drank (fluid_ml) in runs.csv.");
        }
        String reading = reading(sorted);
        Legend legend = new Legend();
        if (hasLoss) {
            legend.add(Legend.Key.SWATCH, Palette.BLUE, "loss under 2 %").add(Legend.Key.SWATCH, Palette.LIKELY, "loss over 2 %")
                    .add(Legend.Key.SWATCH, Palette.VIOLET, "came back heavier")
                    .add(Legend.Key.DASH, Palette.LIKELY, "2 % of body mass");
        }
        if (hasRate) {
            legend.add(Legend.Key.DOT, Palette.TEAL, "sweat rate").add(Legend.Key.BAND, Palette.GREY, "usual 0.5-2 L/h");
        }
        double y = Axes.firstPanelTop(legend);
        double height = y + (hasLoss ? PANEL_H : 0) + (hasLoss && hasRate ? Axes.GAP : 0) + (hasRate ? PANEL_H : 0) + Axes.BOTTOM;
        Svg svg = new Svg(ID, Axes.WIDTH, height, TITLE,
                "One bar per logged run: body mass lost over the run in percent, with the 2 percent line; bars below "
                        + "zero mean mass was gained. Dots show sweat rate in litres per hour. " + reading);
        LocalDate first = sorted.get(0).date().minusDays(1);
        LocalDate last = sorted.get(sorted.size() - 1).date().plusDays(1);
        double[] x = sorted.stream().mapToDouble(r -> r.date().toEpochDay()).toArray();
        double span = last.toEpochDay() - first.toEpochDay();
        double barW = Math.max(3, Math.min(16, Axes.PLOT_W / span * 0.6));
        Panel lastPanel = null;
        if (hasLoss) {
            double lo = Math.min(0, Series.min(loss));
            double hi = Math.max(2.5, Series.max(loss));
            Panel p = new Panel(svg, Axes.LEFT, y, Axes.PLOT_W, PANEL_H, first.toEpochDay(), last.toEpochDay(),
                    Ticks.nice(lo, hi, 5), false).axes("Body mass lost over the run (% of pre-run mass)", Labels::number);
            String[] fills = new String[loss.length];
            for (int i = 0; i < loss.length; i++) {
                fills[i] = loss[i] > MASS_LOSS_LIMIT_PCT ? Palette.LIKELY : loss[i] < 0 ? Palette.VIOLET : Palette.BLUE;
            }
            p.bars(x, loss, barW, fills).hline(0, Svg.MUTED, 1, null)
                    .hline(MASS_LOSS_LIMIT_PCT, Palette.LIKELY, 1.2, "5 3");
            lastPanel = p;
            y += PANEL_H + Axes.GAP;
        }
        if (hasRate) {
            double lo = Math.min(0, Series.min(rate));
            double hi = Math.max(2.2, Series.max(rate));
            Panel p = new Panel(svg, Axes.LEFT, y, Axes.PLOT_W, PANEL_H, first.toEpochDay(), last.toEpochDay(),
                    Ticks.nice(lo, hi, 4), false).axes("Sweat rate (litres per hour)", Labels::number);
            p.hband(SWEAT_RATE_LOW_L_PER_H, SWEAT_RATE_HIGH_L_PER_H, Palette.GREY, 0.1).dots(x, rate, 4, Palette.TEAL, null);
            lastPanel = p;
        }
        Object[] ticks = Axes.dateTicks(first, last);
        lastPanel.xTicks((double[]) ticks[0], (String[]) ticks[1]).xTitle("date of run");
        legend.draw(svg, Axes.LEFT, Axes.LEGEND_Y, Axes.WIDTH - Axes.RIGHT);
        return new Chart(ID, TITLE, svg.close(), reading);
    }

    static String reading(List<SweatRun> sorted) {
        List<SweatRun> withLoss = sorted.stream().filter(r -> Double.isFinite(r.massLossPct())).toList();
        if (withLoss.isEmpty()) {
            SweatRun latest = sorted.stream().filter(r -> Double.isFinite(r.sweatRateLPerH()))
                    .reduce((a, b) -> b).orElseThrow();
            return String.format(Locale.ROOT, "Your last logged sweat rate (%s) was %s L per hour.", latest.date(),
                    Labels.number(latest.sweatRateLPerH()));
        }
        SweatRun latest = withLoss.get(withLoss.size() - 1);
        long over = withLoss.stream().filter(r -> r.massLossPct() > MASS_LOSS_LIMIT_PCT).count();
        long gained = withLoss.stream().filter(r -> r.massLossPct() < 0).count();
        double m = latest.massLossPct();
        String what;
        if (m > MASS_LOSS_LIMIT_PCT) {
            what = "lost " + Labels.number(m) + " % of body mass, over the 2 % line";
        } else if (m < 0) {
            what = "came back " + Labels.number(-m) + " % heavier: more drunk than sweated, which raises the risk of "
                    + "low blood sodium";
        } else {
            what = "lost " + Labels.number(m) + " % of body mass, under the 2 % line";
        }
        String tally = withLoss.size() == 1 ? "" : String.format(Locale.ROOT, "; %s of %d logged runs went over 2 %%%s",
                over == 0 ? "none" : Long.toString(over), withLoss.size(),
                gained == 0 ? "" : " and " + gained + " came back heavier");
        return "Your last logged run (" + latest.date() + ") " + what + tally + ".";
    }
}
