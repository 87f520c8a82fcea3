package org.heavylegs.report.html;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.report.html.chart.Chart;
import org.heavylegs.report.html.chart.ChartData;

/**
 * The diagnosis as one self-contained HTML file: inline stylesheet and inline SVG only, no script,
 * no external resource of any kind, readable offline and in print. Order: header with the
 * disclaimer, red flags, ranked causes with their evidence and explanations, the plan, the data
 * charts, the FAQ answered with the runner's numbers, missing data, assumptions, input problems.
 * The output depends only on its inputs (no clock), so golden files can pin it.
 */
public final class HtmlReport {
    private static final DateTimeFormatter START =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private HtmlReport() {
    }

    public static String render(Diagnosis d, ChartData data) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>").nl();
        h.open("html", "lang", "en").nl().open("head").nl();
        h.empty("meta", "charset", "utf-8").nl();
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").nl();
        h.el("title", "HeavyLegs report: " + name(d) + (d.asOf() == null ? "" : ", as of " + d.asOf())).nl();
        h.open("style").raw(Css.sheet()).close("style").nl();
        h.close("head").nl().open("body").nl().open("div", "class", "page").nl();
        header(h, d);
        h.open("main").nl();
        RedFlagSection.write(h, d.redFlags());
        CauseSection.write(h, d, Charts.causes(d));
        PlanSection.write(h, d);
        h.open("section", "id", "data").nl().el("h2", "Your data").nl();
        for (Chart c : Charts.data(data)) {
            figure(h, c);
        }
        h.close("section").nl();
        FaqSection.write(h, d);
        NotesSection.write(h, d);
        h.close("main").nl();
        h.open("footer").nl();
        h.el("p", Diagnosis.DISCLAIMER, "class", "disclaimer").nl();
        h.el("p", "Made by HeavyLegs from your own files on your own computer. This page loads nothing from "
                + "the internet and sends nothing anywhere.").nl();
        h.close("footer").nl();
        h.close("div").nl().close("body").nl().close("html").nl();
        return h.toString();
    }

    private static String name(Diagnosis d) {
        return d.athlete() == null || d.athlete().isBlank() ? "unnamed athlete" : d.athlete();
    }

    private static void header(Html h, Diagnosis d) {
        h.open("header").nl();
        h.el("h1", "Why your legs feel heavy").nl();
        h.open("p", "class", "meta").text("Athlete ").el("strong", name(d)).text(" \u00b7 as of ")
                .el("strong", d.asOf() == null ? "?" : d.asOf().toString())
                .text(" \u00b7 " + d.windowDays() + "-day window \u00b7 focus run ");
        if (d.focusFile() == null && d.focusStart() == null) {
            h.text("none (no runs found)");
        } else {
            h.el("code", d.focusFile() == null ? "?" : d.focusFile());
            if (d.focusStart() != null) {
                h.text(" (" + START.format(d.focusStart()) + ")");
            }
        }
        h.close("p").nl();
        h.el("p", Diagnosis.DISCLAIMER, "class", "disclaimer", "role", "note").nl();
        h.open("nav", "class", "toc", "aria-label", "Contents").text("On this page: ");
        String[][] links = {{"red-flags", "Red flags"}, {"causes", "Causes"}, {"plan", "Plan"}, {"data", "Your data"},
            {"faq", "Questions"}, {"notes", "Missing data and assumptions"}};
        for (String[] l : links) {
            h.el("a", l[1], "href", "#" + l[0]);
        }
        h.close("nav").nl();
        h.close("header").nl();
    }

    static void figure(Html h, Chart c) {
        h.open("figure", "class", c.drawn() ? "chart" : "chart missing", "id", "fig-" + c.id()).nl();
        h.open("figcaption").el("h3", c.title()).el("p", c.reading(), "class", "reading").close("figcaption").nl();
        if (c.drawn()) {
            h.raw(c.svg());
        }
        h.close("figure").nl();
    }
}
