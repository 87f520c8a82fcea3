package org.heavylegs.web.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.Streams;

/**
 * TEMPORARY run chart until the report's SVG charts are wired ({@link RunCharts}): pace (min/km,
 * faster up) and heart rate (bpm) over elapsed time, averaged into {@link #BUCKETS} time slices.
 * Pace is left out (a gap) in slices that overlap a timer pause and where slower than
 * {@link #SLOWEST_M_S} (standing still); values beyond the axis are drawn at its edge.
 */
public final class PaceHeartRateChart implements RunCharts {

    static final int BUCKETS = 240;
    /** Distance differences over about a minute give the pace of a slice. */
    static final double SPEED_WINDOW_S = 60;
    /** Slower than this (16:40 min/km) counts as standing still, not as a pace to draw. */
    static final double SLOWEST_M_S = 1.0;
    static final int WIDTH = 720;
    static final int HEIGHT = 260;
    static final int LEFT = 64;
    static final int RIGHT = 64;
    static final int TOP = 16;
    static final int BOTTOM = 40;
    static final String PACE_COLOUR = "#1d5fbf";
    static final String HR_COLOUR = "#c0392b";

    @Override
    public List<Chart> charts(Activity run) {
        Streams s = run.streams();
        if (s.size() < 2) {
            return List.of();
        }
        double[] t = s.time();
        double t0 = t[0];
        double span = t[s.size() - 1] - t0;
        if (!(span > 0)) {
            return List.of();
        }
        double[] speed = bucketSpeed(s, run.pauses(), t0, span);
        double[] hr = s.has(Channel.HEART_RATE_BPM) ? bucketMean(t, s.get(Channel.HEART_RATE_BPM), t0, span) : null;
        boolean anyPace = Arrays.stream(speed).anyMatch(Double::isFinite);
        boolean anyHr = hr != null && Arrays.stream(hr).anyMatch(Double::isFinite);
        if (!anyPace && !anyHr) {
            return List.of();
        }
        double[] pace = new double[BUCKETS];
        for (int i = 0; i < BUCKETS; i++) {
            pace[i] = Double.isFinite(speed[i]) && speed[i] >= SLOWEST_M_S ? 1000 / speed[i] : Double.NaN;
        }
        String title = anyPace && anyHr ? "Pace and heart rate" : anyPace ? "Pace" : "Heart rate";
        return List.of(new Chart(title, reading(pace, hr, span), svg(pace, anyHr ? hr : null, span, anyPace)));
    }

    /**
     * Speed per time slice, m/s: from the distance column over a window of about
     * {@link #SPEED_WINDOW_S} centred on the slice (GPS distance is too noisy over a few seconds),
     * else the mean of the speed column.
     */
    static double[] bucketSpeed(Streams s, List<Pause> pauses, double t0, double span) {
        double[] t = s.time();
        double[] out = new double[BUCKETS];
        Arrays.fill(out, Double.NaN);
        boolean[] paused = pausedBuckets(pauses, t0, span);
        if (s.has(Channel.DISTANCE_M)) {
            double[] d = s.get(Channel.DISTANCE_M);
            double[] lastD = new double[BUCKETS];
            double[] lastT = new double[BUCKETS];
            Arrays.fill(lastD, Double.NaN);
            for (int i = 0; i < t.length; i++) {
                if (Double.isFinite(d[i]) && Double.isFinite(t[i])) {
                    int b = bucket(t[i], t0, span);
                    if (!paused[b]) {
                        lastD[b] = d[i];
                        lastT[b] = t[i];
                    }
                }
            }
            int k = (int) Math.max(1, Math.round(SPEED_WINDOW_S / 2 / (span / BUCKETS)));
            for (int b = 0; b < BUCKETS; b++) {
                if (Double.isNaN(lastD[b])) {
                    continue;
                }
                // the window never reaches across a pause or a gap
                int lo = b;
                while (lo > b - k && lo > 0 && Double.isFinite(lastD[lo - 1])) {
                    lo--;
                }
                int hi = b;
                while (hi < b + k && hi < BUCKETS - 1 && Double.isFinite(lastD[hi + 1])) {
                    hi++;
                }
                if (hi > lo && lastT[hi] > lastT[lo]) {
                    out[b] = (lastD[hi] - lastD[lo]) / (lastT[hi] - lastT[lo]);
                }
            }
            return out;
        }
        if (s.has(Channel.SPEED_M_S)) {
            double[] v = bucketMean(t, s.get(Channel.SPEED_M_S), t0, span);
            for (int b = 0; b < BUCKETS; b++) {
                out[b] = paused[b] ? Double.NaN : v[b];
            }
        }
        return out;
    }

    /** Slices that overlap a timer pause: no pace is drawn there. */
    static boolean[] pausedBuckets(List<Pause> pauses, double t0, double span) {
        boolean[] out = new boolean[BUCKETS];
        for (Pause p : pauses) {
            if (!(p.endS() > p.startS())) {
                continue;
            }
            int from = bucket(p.startS(), t0, span);
            int to = bucket(p.endS(), t0, span);
            for (int b = from; b <= to; b++) {
                out[b] = true;
            }
        }
        return out;
    }

    static double[] bucketMean(double[] t, double[] v, double t0, double span) {
        double[] sum = new double[BUCKETS];
        int[] n = new int[BUCKETS];
        for (int i = 0; i < t.length; i++) {
            if (Double.isFinite(v[i]) && Double.isFinite(t[i])) {
                int b = bucket(t[i], t0, span);
                sum[b] += v[i];
                n[b]++;
            }
        }
        double[] out = new double[BUCKETS];
        for (int b = 0; b < BUCKETS; b++) {
            out[b] = n[b] == 0 ? Double.NaN : sum[b] / n[b];
        }
        return out;
    }

    private static int bucket(double t, double t0, double span) {
        return (int) Math.min(BUCKETS - 1, Math.max(0, Math.floor((t - t0) / span * BUCKETS)));
    }

    private static String reading(double[] pace, double[] hr, double span) {
        List<String> parts = new ArrayList<>();
        double[] p = finite(pace);
        if (p.length > 0) {
            parts.add("pace ranged from " + Units.paceValue(percentile(p, 0.05)) + " to "
                    + Units.paceValue(percentile(p, 0.95)) + " min/km");
        }
        double[] h = hr == null ? new double[0] : finite(hr);
        if (h.length > 0) {
            parts.add(String.format(Locale.ROOT, "heart rate from %.0f to %.0f bpm", percentile(h, 0.05), percentile(h, 0.95)));
        }
        String what = String.join(" and ", parts);
        return Character.toUpperCase(what.charAt(0)) + what.substring(1) + " over " + Units.duration(span)
                + " (5th to 95th percentile of " + BUCKETS + " time slices).";
    }

    private static String svg(double[] pace, double[] hr, double span, boolean anyPace) {
        int w = WIDTH - LEFT - RIGHT;
        int h = HEIGHT - TOP - BOTTOM;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                + "class=\"chart\" role=\"img\" aria-label=\"%s\">", WIDTH, HEIGHT,
                Svg.text(anyPace && hr != null ? "Pace and heart rate over time" : anyPace ? "Pace over time" : "Heart rate over time")));
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#ccc\"/>",
                LEFT, TOP, w, h));
        // time axis, minutes
        double minutes = span / 60;
        double step = niceStep(minutes / 6);
        for (double m = 0; m <= minutes + 1e-9; m += step) {
            double x = LEFT + m / minutes * w;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>", x, TOP, x, TOP + h));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#444\">%s</text>",
                    x, TOP + h + 14, Svg.text(Long.toString(Math.round(m)))));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#444\">%s</text>",
                LEFT + w / 2, HEIGHT - 6, Svg.text("elapsed time (min)")));
        if (anyPace) {
            double[] p = finite(pace);
            double fast = percentile(p, 0.02);
            double slow = percentile(p, 0.98);
            double pad = Math.max(10, (slow - fast) * 0.1);
            double lo = Math.max(0, fast - pad);
            double hi = slow + pad;
            // faster (lower s/km) is drawn higher
            axis(sb, lo, hi, LEFT - 6, "end", PACE_COLOUR, true, h);
            sb.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" font-size=\"11\" fill=\"%s\" transform=\"rotate(-90 14 %d)\" "
                    + "text-anchor=\"middle\">%s</text>", TOP + h / 2, PACE_COLOUR, TOP + h / 2, Svg.text("pace (min/km)")));
            line(sb, pace, v -> TOP + (v - lo) / (hi - lo) * h, PACE_COLOUR, w);
        }
        if (hr != null) {
            double[] f = finite(hr);
            double lo = Math.floor(percentile(f, 0.01) / 10) * 10 - 5;
            double hi = Math.ceil(percentile(f, 0.99) / 10) * 10 + 5;
            axis(sb, lo, hi, LEFT + w + 6, "start", HR_COLOUR, false, h);
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"%s\" transform=\"rotate(90 %d %d)\" "
                    + "text-anchor=\"middle\">%s</text>", WIDTH - 12, TOP + h / 2, HR_COLOUR, WIDTH - 12, TOP + h / 2,
                    Svg.text("heart rate (bpm)")));
            line(sb, hr, v -> TOP + h - (v - lo) / (hi - lo) * h, HR_COLOUR, w);
        }
        return sb.append("</svg>").toString();
    }

    private static void axis(StringBuilder sb, double lo, double hi, int x, String anchor, String colour, boolean pace, int h) {
        double step = pace ? paceStep((hi - lo) / 5) : niceStep((hi - lo) / 6);
        for (double v = Math.ceil(lo / step) * step; v <= hi; v += step) {
            double y = pace ? TOP + (v - lo) / (hi - lo) * h : TOP + h - (v - lo) / (hi - lo) * h;
            String label = pace ? Units.paceValue(v) : String.format(Locale.ROOT, "%.0f", v);
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"%s\" fill=\"%s\" "
                    + "dominant-baseline=\"middle\">%s</text>", x, y, anchor, colour, Svg.text(label)));
        }
    }

    /** A polyline with gaps at NaN; values outside the axis are drawn at its edge. */
    private static void line(StringBuilder sb, double[] v, java.util.function.DoubleUnaryOperator y, String colour, int w) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                pen = false;
                continue;
            }
            double x = LEFT + (i + 0.5) / v.length * w;
            double yy = Math.max(TOP, Math.min(HEIGHT - BOTTOM, y.applyAsDouble(v[i])));
            d.append(pen ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", x, yy));
            pen = true;
        }
        sb.append("<path d=\"").append(d.toString().strip()).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"1.6\" stroke-linejoin=\"round\"/>");
    }

    /** A pace tick step in seconds: 10 s, 15 s, 30 s, 1, 2 or 5 min, at least {@code raw}. */
    static double paceStep(double raw) {
        for (double step : new double[] {10, 15, 30, 60, 120, 300}) {
            if (step >= raw) {
                return step;
            }
        }
        return 600;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static double[] finite(double[] v) {
        return Arrays.stream(v).filter(Double::isFinite).toArray();
    }

    private static double percentile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.round(q * (s.length - 1))];
    }
}
