package org.heavylegs.report.svg;

import java.util.function.DoubleFunction;

/**
 * One plotting area inside an {@link Svg}: a rectangle with an x and a y scale, horizontal grid
 * lines with value labels on the left, and drawing operations in data coordinates. Values outside
 * the y range are drawn at the edge rather than outside the panel.
 */
public final class Panel {
    private final Svg svg;
    private final double left;
    private final double top;
    private final double width;
    private final double height;
    private final LinearScale x;
    private final LinearScale y;
    private final double[] yTicks;

    /**
     * @param yTicks   grid values; the first and last are the ends of the y range
     * @param reversed true to draw the smallest value at the top (pace: faster is higher)
     */
    public Panel(Svg svg, double left, double top, double width, double height, double x0, double x1,
                 double[] yTicks, boolean reversed) {
        this.svg = svg;
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.x = new LinearScale(x0, x1 == x0 ? x0 + 1 : x1, left, left + width);
        double lo = yTicks[0];
        double hi = yTicks[yTicks.length - 1];
        this.y = reversed ? new LinearScale(lo, hi, top, top + height) : new LinearScale(lo, hi, top + height, top);
        this.yTicks = yTicks.clone();
    }

    public double px(double v) {
        return x.map(v);
    }

    public double py(double v) {
        return y.map(v);
    }

    public double top() {
        return top;
    }

    public double bottom() {
        return top + height;
    }

    public double left() {
        return left;
    }

    public double right() {
        return left + width;
    }

    /** A title above the panel's left edge, then grid lines at the y ticks, labelled on the left. */
    public Panel axes(String title, DoubleFunction<String> label) {
        svg.text(left, top - 7, title, "start", Svg.INK, 11, true);
        for (double t : yTicks) {
            double py = y.map(t);
            svg.line(left, py, left + width, py, Svg.GRID, 1, null);
            svg.text(left - 6, py + 3.5, label.apply(t), "end", Svg.MUTED, 10, false);
        }
        svg.line(left, top, left, top + height, Svg.MUTED, 1, null);
        return this;
    }

    /** Tick marks and labels under the panel at the given x values. */
    public Panel xTicks(double[] ticks, String[] labels) {
        double b = bottom();
        svg.line(left, b, left + width, b, Svg.MUTED, 1, null);
        for (int i = 0; i < ticks.length; i++) {
            double px = x.map(ticks[i]);
            svg.line(px, b, px, b + 4, Svg.MUTED, 1, null);
            svg.text(px, b + 15, labels[i], "middle", Svg.MUTED, 10, false);
        }
        return this;
    }

    /** A short title under the x tick labels, naming the axis and its unit. */
    public Panel xTitle(String title) {
        svg.text(left + width / 2, bottom() + 29, title, "middle", Svg.MUTED, 10, false);
        return this;
    }

    public Panel line(double[] xs, double[] ys, String stroke, double strokeWidth, String dash) {
        double[] px = new double[xs.length];
        double[] py = new double[ys.length];
        for (int i = 0; i < xs.length; i++) {
            px[i] = Double.isFinite(xs[i]) ? x.map(xs[i]) : Double.NaN;
            py[i] = Double.isFinite(ys[i]) ? y.map(ys[i]) : Double.NaN;
        }
        svg.polyline(px, py, stroke, strokeWidth, dash);
        return this;
    }

    public Panel dots(double[] xs, double[] ys, double r, String fill, String stroke) {
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                svg.circle(x.map(xs[i]), y.map(ys[i]), r, fill, stroke);
            }
        }
        return this;
    }

    /** A horizontal band between two y values across the whole panel. */
    public Panel hband(double y0, double y1, String fill, double opacity) {
        double a = y.map(y0);
        double b = y.map(y1);
        svg.rect(left, Math.min(a, b), width, Math.abs(a - b), fill, opacity);
        return this;
    }

    /** A vertical band between two x values across the whole panel height. */
    public Panel vband(double x0, double x1, String fill, double opacity) {
        double a = x.map(x0);
        double b = x.map(x1);
        svg.rect(Math.min(a, b), top, Math.abs(a - b), height, fill, opacity);
        return this;
    }

    public Panel hline(double value, String stroke, double strokeWidth, String dash) {
        double py = y.map(value);
        svg.line(left, py, left + width, py, stroke, strokeWidth, dash);
        return this;
    }

    /** The area between lo and hi at each x; a NaN anywhere splits the area into separate pieces. */
    public Panel area(double[] xs, double[] lo, double[] hi, String fill, double opacity) {
        int start = -1;
        for (int i = 0; i <= xs.length; i++) {
            boolean ok = i < xs.length && Double.isFinite(xs[i]) && Double.isFinite(lo[i]) && Double.isFinite(hi[i]);
            if (ok && start < 0) {
                start = i;
            } else if (!ok && start >= 0) {
                int n = i - start;
                double[] px = new double[2 * n];
                double[] py = new double[2 * n];
                for (int k = 0; k < n; k++) {
                    px[k] = x.map(xs[start + k]);
                    py[k] = y.map(hi[start + k]);
                    px[2 * n - 1 - k] = x.map(xs[start + k]);
                    py[2 * n - 1 - k] = y.map(lo[start + k]);
                }
                if (n == 1) {
                    svg.line(px[0], py[0], px[1], py[1], fill, 3, null);
                } else {
                    svg.polygon(px, py, fill, opacity);
                }
                start = -1;
            }
        }
        return this;
    }

    /** Vertical bars from zero (or the panel's edge when zero is outside) to each value. */
    public Panel bars(double[] xs, double[] ys, double barWidth, String[] fills) {
        double zero = y.map(0);
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                double py = y.map(ys[i]);
                svg.rect(x.map(xs[i]) - barWidth / 2, Math.min(py, zero), barWidth, Math.abs(py - zero), fills[i], 1);
            }
        }
        return this;
    }
}
