package org.heavylegs.report.svg;

/**
 * Writes one standalone SVG image as text: presentation attributes only (no stylesheet, no
 * script, no external reference), so the same markup renders inline in HTML, in print and as a
 * file. Coordinates are written with one decimal. The root carries role="img" and points
 * aria-labelledby at its title and description, so screen readers announce what the chart shows.
 */
public final class Svg {
    public static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
    public static final String INK = "#212529";
    public static final String MUTED = "#6c757d";
    public static final String GRID = "#dee2e6";
    public static final String GREY_INK = "#343a40";

    private final StringBuilder sb = new StringBuilder(8192);
    private final double width;
    private final double height;
    private boolean closed;

    /**
     * Opens the image.
     *
     * @param id    unique in the page: prefixes the ids of title and description
     * @param title short name of the chart (read first by assistive technology)
     * @param desc  what the chart shows, in a sentence or two
     */
    public Svg(String id, double width, double height, String title, String desc) {
        this.width = width;
        this.height = height;
        String safeId = Xml.escape(id);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(safeId)
                .append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" role=\"img\" aria-labelledby=\"").append(safeId).append("-title ").append(safeId)
                .append("-desc\" font-family=\"").append(Xml.escape(FONT)).append("\" font-size=\"11\" fill=\"")
                .append(INK).append("\">\n");
        sb.append("<title id=\"").append(safeId).append("-title\">").append(Xml.escape(title)).append("</title>\n");
        sb.append("<desc id=\"").append(safeId).append("-desc\">").append(Xml.escape(desc)).append("</desc>\n");
        sb.append("<rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" fill=\"#ffffff\"/>\n");
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String dash) {
        sb.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(num(strokeWidth)).append('"');
        dash(dash);
        sb.append("/>\n");
        return this;
    }

    public Svg rect(double x, double y, double w, double h, String fill, double opacity) {
        sb.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(0, w))).append("\" height=\"").append(num(Math.max(0, h))).append("\" fill=\"")
                .append(fill).append('"');
        if (opacity < 1) {
            sb.append(" fill-opacity=\"").append(num2(opacity)).append('"');
        }
        sb.append("/>\n");
        return this;
    }

    public Svg circle(double cx, double cy, double r, String fill, String stroke) {
        sb.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
                .append("\" fill=\"").append(fill == null ? "none" : fill).append('"');
        if (stroke != null) {
            sb.append(" stroke=\"").append(stroke).append("\" stroke-width=\"1.2\"");
        }
        sb.append("/>\n");
        return this;
    }

    /**
     * A line through the points; a NaN in either coordinate ends the current piece, so gaps in the
     * data stay visible as gaps.
     */
    public Svg polyline(double[] xs, double[] ys, String stroke, double strokeWidth, String dash) {
        StringBuilder points = new StringBuilder();
        int count = 0;
        double lastX = 0;
        double lastY = 0;
        for (int i = 0; i <= xs.length; i++) {
            boolean ok = i < xs.length && Double.isFinite(xs[i]) && Double.isFinite(ys[i]);
            if (ok) {
                points.append(count == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
                lastX = xs[i];
                lastY = ys[i];
                count++;
            } else if (count > 0) {
                if (count == 1) {
                    circle(lastX, lastY, strokeWidth, stroke, null);
                } else {
                    sb.append("<polyline points=\"").append(points).append("\" fill=\"none\" stroke=\"").append(stroke)
                            .append("\" stroke-width=\"").append(num(strokeWidth))
                            .append("\" stroke-linejoin=\"round\" stroke-linecap=\"round\"");
                    dash(dash);
                    sb.append("/>\n");
                }
                points.setLength(0);
                count = 0;
            }
        }
        return this;
    }

    /** A closed shape through the points (x, y) pairs; all must be finite. */
    public Svg polygon(double[] xs, double[] ys, String fill, double opacity) {
        sb.append("<polygon points=\"");
        for (int i = 0; i < xs.length; i++) {
            sb.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
        }
        sb.append("\" fill=\"").append(fill).append("\" fill-opacity=\"").append(num2(opacity)).append("\"/>\n");
        return this;
    }

    /** Text anchored at (x, y): anchor is start, middle or end. */
    public Svg text(double x, double y, String text, String anchor, String fill, double size, boolean bold) {
        sb.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
        if (!"start".equals(anchor)) {
            sb.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (!INK.equals(fill)) {
            sb.append(" fill=\"").append(fill).append('"');
        }
        if (size != 11) {
            sb.append(" font-size=\"").append(num(size)).append('"');
        }
        if (bold) {
            sb.append(" font-weight=\"600\"");
        }
        sb.append('>').append(Xml.escape(text)).append("</text>\n");
        return this;
    }

    /** Closes the image and returns its markup; the builder cannot be used afterwards. */
    public String close() {
        if (!closed) {
            sb.append("</svg>\n");
            closed = true;
        }
        return sb.toString();
    }

    private void dash(String dash) {
        if (dash != null) {
            sb.append(" stroke-dasharray=\"").append(dash).append('"');
        }
    }

    /** One decimal, no trailing ".0", never "-0": compact and stable across platforms. */
    public static String num(double v) {
        long tenths = Math.round(v * 10);
        if (tenths == 0) {
            return "0";
        }
        String sign = tenths < 0 ? "-" : "";
        long a = Math.abs(tenths);
        return a % 10 == 0 ? sign + (a / 10) : sign + (a / 10) + "." + (a % 10);
    }

    private static String num2(double v) {
        long hundredths = Math.round(v * 100);
        return hundredths % 100 == 0 ? Long.toString(hundredths / 100)
                : "0." + (hundredths % 10 == 0 ? Long.toString(hundredths / 10) : String.format(java.util.Locale.ROOT, "%02d", hundredths));
    }
}
