package org.heavylegs.report.html.chart;

import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.Urgency;

/**
 * The report's colours, shared by the SVG charts and the page's stylesheet so both agree. The
 * likelihood and urgency colours carry white text in badges and coloured text on white, so each
 * has a contrast of at least 4.5:1 against white (WCAG 2 AA for small text).
 */
public final class Palette {
    public static final String LIKELY = "#c92a2a";
    public static final String POSSIBLE = "#b45309";
    public static final String UNLIKELY = "#2b7a3b";
    public static final String UNKNOWN = "#6c757d";

    public static final String EMERGENCY = "#a61e1e";
    public static final String URGENT = "#c2410c";
    public static final String ROUTINE = "#8a6d00";

    public static final String BLUE = "#1c7ed6";
    public static final String RED = "#e03131";
    public static final String GREY = "#495057";
    public static final String VIOLET = "#7048e8";
    public static final String GREEN = "#2f9e44";
    public static final String ORANGE = "#f76707";
    public static final String TEAL = "#0c8599";

    private Palette() {
    }

    public static String of(Likelihood l) {
        return switch (l) {
            case LIKELY -> LIKELY;
            case POSSIBLE -> POSSIBLE;
            case UNLIKELY -> UNLIKELY;
            case UNKNOWN -> UNKNOWN;
        };
    }

    public static String of(Urgency u) {
        return switch (u) {
            case EMERGENCY -> EMERGENCY;
            case URGENT -> URGENT;
            case ROUTINE -> ROUTINE;
        };
    }
}
