package org.heavylegs.report.html.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.heavylegs.report.explain.Labels;
import org.heavylegs.report.svg.Svg;

/**
 * Running dynamics against Garmin's population bands: one gauge per measure, coloured band by band,
 * with a marker at the runner's value. Only the cadence bands are confirmed; the others are drawn
 * and labelled as unconfirmed.
 */
public final class DynamicsChart {
    public static final String ID = "chart-dynamics";
    static final String TITLE = "Running dynamics against Garmin's population bands";

    private static final double ROW = 44;
    private static final double TOP = 40;
    private static final double GAUGE_X = 200;
    private static final double GAUGE_W = 340;
    private static final double GAUGE_H = 14;

    private record Row(GarminBands.Measure measure, double value) {
    }

    private DynamicsChart() {
    }

    public static Chart render(Dynamics d) {
        List<Row> rows = new ArrayList<>();
        if (d != null) {
            add(rows, GarminBands.CADENCE, d.cadenceSpm());
            add(rows, GarminBands.GROUND_CONTACT, d.groundContactMs());
            add(rows, GarminBands.VERTICAL_OSCILLATION, d.verticalOscillationCm());
            add(rows, GarminBands.VERTICAL_RATIO, d.verticalRatioPct());
            add(rows, GarminBands.BALANCE, d.gctBalanceLeftPct());
        }
        if (rows.isEmpty()) {
            return Chart.missing(ID, TITLE, "No running dynamics: cadence needs a watch or footpod that records it; ground "
                    + "contact time, vertical oscillation and balance need a running-dynamics sensor.");
        }
        String reading = reading(rows);
        double height = TOP + rows.size() * ROW + 30;
        Svg svg = new Svg(ID, Axes.WIDTH, height, TITLE,
                "Each gauge shows Garmin's colour bands for one measure, from red (lowest 5 percent of Garmin users) "
                        + "through orange, green and blue to purple (top 5 percent), with a black marker at your value"
                        + (d.basis() == null ? "" : " (" + d.basis() + ")") + ". The bands describe Garmin users, not "
                        + "targets; all but cadence are unconfirmed. " + reading);
        svg.text(8, 18, "Your value" + (d.basis() == null ? "" : ": " + d.basis()), "start", Svg.INK, 11, true);
        double y = TOP;
        for (Row r : rows) {
            GarminBands.Measure m = r.measure();
            svg.text(8, y + 11, m.label() + " (" + m.unit() + ")", "start", Svg.INK, 11, true);
            if (!m.confirmed()) {
                svg.text(8, y + 25, "bands UNCONFIRMED", "start", Palette.POSSIBLE, 9.5, false);
            } else {
                svg.text(8, y + 25, "bands confirmed", "start", Svg.MUTED, 9.5, false);
            }
            double from = m.drawFrom();
            double to = m.drawTo();
            for (GarminBands.Band b : m.bands()) {
                double lo = Math.max(from, b.lo());
                double hi = Math.min(to, b.hi());
                if (hi > lo) {
                    svg.rect(x(m, lo), y, x(m, hi) - x(m, lo), GAUGE_H, b.color(), 0.8);
                }
                if (b.lo() > from && b.lo() < to) {
                    svg.text(x(m, b.lo()), y + GAUGE_H + 11, Labels.number(b.lo()), "middle", Svg.MUTED, 9, false);
                }
            }
            double vx = x(m, Math.max(from, Math.min(to, r.value())));
            svg.line(vx, y - 4, vx, y + GAUGE_H + 2, Svg.GREY_INK, 2.5, null);
            svg.circle(vx, y - 5, 3, Svg.GREY_INK, null);
            GarminBands.Band band = m.classify(r.value());
            svg.text(GAUGE_X + GAUGE_W + 12, y + 11, Labels.number(r.value()) + " " + m.unit() + ": " + band.name(),
                    "start", Svg.INK, 11, true);
            svg.text(GAUGE_X + GAUGE_W + 12, y + 25, band.meaning(), "start", Svg.MUTED, 9.5, false);
            y += ROW;
        }
        svg.text(8, y + 8, "Bands are percentiles of Garmin users (SCIENCE.md 9), not targets; taller runners tend to "
                + "have a lower cadence.", "start", Svg.MUTED, 9.5, false);
        return new Chart(ID, TITLE, svg.close(), reading);
    }

    /** "Ground contact time" to "ground contact time", but "GCT balance" stays as it is. */
    private static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static double x(GarminBands.Measure m, double v) {
        return GAUGE_X + (v - m.drawFrom()) / (m.drawTo() - m.drawFrom()) * GAUGE_W;
    }

    private static void add(List<Row> rows, GarminBands.Measure m, double v) {
        if (Double.isFinite(v)) {
            rows.add(new Row(m, v));
        }
    }

    static String reading(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        List<String> weak = new ArrayList<>();
        for (Row r : rows) {
            GarminBands.Band b = r.measure().classify(r.value());
            if (r.measure() == GarminBands.CADENCE) {
                sb.append(String.format(Locale.ROOT, "Your cadence of %s spm is in Garmin's %s band (%s of Garmin users)",
                        Labels.number(r.value()), b.name(), b.meaning()));
            } else if (b.name().equals("orange") || b.name().equals("red")) {
                weak.add(lowerFirst(r.measure().label()) + " (" + Labels.number(r.value()) + " "
                        + r.measure().unit() + ", " + b.name() + ")");
            }
        }
        if (weak.isEmpty()) {
            if (sb.length() == 0) {
                return "None of the recorded measures falls in Garmin's orange or red bands (bands unconfirmed).";
            }
            return sb.append("; the other recorded measures sit in green or better bands (unconfirmed).").toString();
        }
        String list = weak.size() == 1 ? weak.get(0)
                : String.join(", ", weak.subList(0, weak.size() - 1)) + " and " + weak.get(weak.size() - 1);
        if (sb.length() == 0) {
            return "In Garmin's unconfirmed bands, " + list + " fall" + (weak.size() == 1 ? "s" : "") + " in orange or red.";
        }
        return sb.append("; in the unconfirmed bands, ").append(list).append(weak.size() == 1 ? " also falls" : " also fall")
                .append(" in orange or red.").toString();
    }
}
