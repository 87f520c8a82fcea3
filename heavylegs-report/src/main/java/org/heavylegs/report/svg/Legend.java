package org.heavylegs.report.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * A legend: a key (line, dashed line, translucent band, solid swatch, dot or hollow dot) and a
 * label per entry, wrapping into rows.
 */
public final class Legend {
    /** How an entry's key is drawn. */
    public enum Key { LINE, DASH, BAND, SWATCH, DOT, HOLLOW }

    private record Entry(Key key, String color, String label) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public Legend add(Key key, String color, String label) {
        entries.add(new Entry(key, color, label));
        return this;
    }

    /** Rows the legend needs between x and maxX (0 when empty). */
    public int rows(double x, double maxX) {
        int rows = entries.isEmpty() ? 0 : 1;
        double cx = x;
        for (Entry e : entries) {
            double w = width(e);
            if (cx > x && cx + w > maxX) {
                cx = x;
                rows++;
            }
            cx += w;
        }
        return rows;
    }

    /** Vertical distance between rows. */
    public static final double ROW = 15;

    private static double width(Entry e) {
        return 22 + e.label.length() * 5.6 + 14;
    }

    /**
     * Draws the entries left to right from (x, y), wrapping to a new row before maxX. Text width
     * is estimated (5.6 px per character at 10 px font), which is generous for common fonts.
     *
     * @return the y of the last row's baseline
     */
    public double draw(Svg svg, double x, double y, double maxX) {
        double cx = x;
        double cy = y;
        for (Entry e : entries) {
            double w = width(e);
            if (cx > x && cx + w > maxX) {
                cx = x;
                cy += ROW;
            }
            switch (e.key) {
                case LINE -> svg.line(cx, cy - 3.5, cx + 16, cy - 3.5, e.color, 2, null);
                case DASH -> svg.line(cx, cy - 3.5, cx + 16, cy - 3.5, e.color, 1.5, "4 3");
                case BAND -> svg.rect(cx, cy - 9, 16, 10, e.color, 0.35);
                case SWATCH -> svg.rect(cx, cy - 9, 16, 10, e.color, 1);
                case DOT -> svg.circle(cx + 8, cy - 3.5, 3.5, e.color, null);
                case HOLLOW -> svg.circle(cx + 8, cy - 3.5, 3.5, "#ffffff", e.color);
                default -> throw new IllegalStateException();
            }
            svg.text(cx + 21, cy, e.label, "start", Svg.INK, 10, false);
            cx += w;
        }
        return cy;
    }
}
