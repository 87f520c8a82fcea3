package org.heavylegs.report.html.chart;

import java.util.List;
import java.util.Locale;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.report.explain.Labels;
import org.heavylegs.report.svg.Legend;
import org.heavylegs.report.svg.Svg;

/**
 * Every cause ranked by score, one row each: a bar (score 0 to 1, coloured by likelihood) and a dot
 * per finding (filled: for the cause, hollow: against it; bigger: stronger evidence).
 */
public final class CausesChart {
    public static final String ID = "chart-causes";
    static final String TITLE = "Causes ranked by score, with their evidence";

    private static final double WIDTH = 720;
    private static final double ROW = 24;
    private static final double TOP = 34;
    private static final double BAR_X = 236;
    private static final double BAR_W = 196;
    private static final double LIKELY_X = 446;
    private static final double DOTS_X = 520;
    private static final double DOT_STEP = 13;
    private static final int MAX_DOTS = 13;

    private CausesChart() {
    }

    public static Chart render(Diagnosis d) {
        List<Assessment> causes = d.causes();
        if (causes.isEmpty()) {
            return Chart.missing(ID, TITLE, "No causes were assessed, so there is nothing to rank.");
        }
        String reading = reading(causes);
        double height = TOP + causes.size() * ROW + 62;
        Svg svg = new Svg(ID, WIDTH, height, TITLE,
                "One row per cause, most likely first. The bar is the cause's score from 0 to 1, coloured by "
                        + "likelihood; each dot is one finding, filled when it argues for the cause and hollow when "
                        + "against, larger for stronger evidence. " + reading);
        svg.text(8, 18, "cause", "start", Svg.MUTED, 10, true);
        svg.text(BAR_X, 18, "score (0 to 1)", "start", Svg.MUTED, 10, true);
        svg.text(LIKELY_X, 18, "likelihood", "start", Svg.MUTED, 10, true);
        svg.text(DOTS_X, 18, "findings", "start", Svg.MUTED, 10, true);
        for (double t = 0; t <= 1.0001; t += 0.25) {
            double x = BAR_X + t * BAR_W;
            svg.line(x, TOP - 6, x, TOP + causes.size() * ROW, Svg.GRID, 1, t == 0 ? null : "2 3");
        }
        int rank = 1;
        double y = TOP;
        for (Assessment a : causes) {
            if (rank % 2 == 0) {
                svg.rect(0, y - 4, WIDTH, ROW, "#f8f9fa", 1);
            }
            double mid = y + ROW / 2 - 4;
            String name = rank + ". " + Labels.cause(a.cause());
            svg.text(8, mid + 4, clip(name, 38), "start", Svg.INK, 11, a.likelihood() == Likelihood.LIKELY);
            double score = Double.isFinite(a.score()) ? Math.max(0, Math.min(1, a.score())) : 0;
            svg.rect(BAR_X, mid - 6, BAR_W, 12, "#e9ecef", 1);
            svg.rect(BAR_X, mid - 6, score * BAR_W, 12, Palette.of(a.likelihood()), 1);
            svg.text(BAR_X + score * BAR_W + 4, mid + 4, Double.isFinite(a.score())
                    ? String.format(Locale.ROOT, "%.2f", a.score()) : "n/a", "start", Svg.MUTED, 10, false);
            svg.text(LIKELY_X, mid + 4, a.likelihood().key(), "start", Palette.of(a.likelihood()), 11, true);
            drawFindings(svg, a.findings(), mid);
            y += ROW;
            rank++;
        }
        double axisY = TOP + causes.size() * ROW;
        for (int i = 0; i <= 4; i++) {
            double x = BAR_X + i * BAR_W / 4;
            svg.text(x, axisY + 10, Labels.number(i / 4.0), "middle", Svg.MUTED, 10, false);
        }
        new Legend()
                .add(Legend.Key.SWATCH, Palette.LIKELY, "likely")
                .add(Legend.Key.SWATCH, Palette.POSSIBLE, "possible")
                .add(Legend.Key.SWATCH, Palette.UNLIKELY, "unlikely")
                .add(Legend.Key.SWATCH, Palette.UNKNOWN, "unknown")
                .add(Legend.Key.DOT, Svg.GREY_INK, "finding for")
                .add(Legend.Key.HOLLOW, Svg.GREY_INK, "finding against")
                .draw(svg, 8, axisY + 32, WIDTH - 8);
        svg.text(8, axisY + 50, "Dot size: small = weak, medium = moderate, large = strong evidence.", "start",
                Svg.MUTED, 10, false);
        return new Chart(ID, TITLE, svg.close(), reading);
    }

    private static void drawFindings(Svg svg, List<Finding> findings, double mid) {
        int shown = Math.min(findings.size(), MAX_DOTS);
        for (int i = 0; i < shown; i++) {
            Finding f = findings.get(i);
            double r = switch (f.strength()) {
                case STRONG -> 5.5;
                case MODERATE -> 4.2;
                case WEAK -> 3;
            };
            double cx = DOTS_X + 6 + i * DOT_STEP;
            svg.circle(cx, mid, r, f.supports() ? Svg.GREY_INK : "#ffffff", Svg.GREY_INK);
        }
        if (findings.size() > shown) {
            svg.text(DOTS_X + 6 + shown * DOT_STEP, mid + 4, "+" + (findings.size() - shown), "start", Svg.MUTED, 10, false);
        }
        if (findings.isEmpty()) {
            svg.text(DOTS_X, mid + 4, "no data", "start", Svg.MUTED, 10, false);
        }
    }

    static String reading(List<Assessment> causes) {
        List<Assessment> likely = causes.stream().filter(a -> a.likelihood() == Likelihood.LIKELY).toList();
        if (!likely.isEmpty()) {
            Assessment top = likely.get(0);
            long pro = top.findings().stream().filter(Finding::supports).count();
            long con = top.findings().size() - pro;
            String name = Labels.cause(top.cause());
            String evidence = String.format(Locale.ROOT, "score %.2f, %d finding%s for it and %d against", top.score(),
                    pro, pro == 1 ? "" : "s", con);
            return likely.size() == 1
                    ? name + " is the only likely cause (" + evidence + ")."
                    : name + " is the most likely cause (" + evidence + "); " + likely.size() + " causes are likely in all.";
        }
        for (Assessment a : causes) {
            if (a.likelihood() == Likelihood.POSSIBLE) {
                return String.format(Locale.ROOT, "No cause is likely; the strongest candidate is %s (possible, score %.2f).",
                        Labels.cause(a.cause()).toLowerCase(Locale.ROOT), a.score());
            }
        }
        if (causes.stream().allMatch(a -> a.likelihood() == Likelihood.UNKNOWN)) {
            return "No cause can be weighed yet: the data that would decide them is missing.";
        }
        return "No cause is likely or possible on this data.";
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
