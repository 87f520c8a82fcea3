package org.heavylegs.report.html.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;
import org.heavylegs.report.explain.Labels;
import org.heavylegs.report.svg.Legend;
import org.heavylegs.report.svg.Panel;
import org.heavylegs.report.svg.Svg;
import org.heavylegs.report.svg.Ticks;

/**
 * The focus run over time: pace, heart rate, cadence and ground contact time, one panel each (only
 * those recorded), with the warm-up and late-fade windows shaded across all panels. Samples are
 * averaged into about 300 time buckets. Heart rate is drawn over its full range (a cold start is
 * information); pace, cadence and contact time use ranges that walking breaks, stops and GPS
 * glitches cannot stretch (see {@link #paceRange(double[])} and {@link #robustRange(double[])}).
 */
public final class FocusRunChart {
    public static final String ID = "chart-focus-run";
    static final String TITLE = "The focus run: pace, heart rate, cadence and ground contact time";

    /** Below this speed the runner is standing or walking; pace is left as a gap. */
    static final double MIN_RUNNING_SPEED_M_S = 1.0;
    private static final int TARGET_BUCKETS = 300;
    private static final double RANGE_SPREADS = 1.0;
    private static final double PACE_FASTEST_OF_MEDIAN = 0.75;
    private static final double PACE_SLOWEST_OF_MEDIAN = 1.6;
    private static final double MIN_BUCKET_S = 5;
    private static final double PANEL_H = 92;
    private static final String WARMUP_FILL = "#4dabf7";
    private static final String LATE_FILL = "#ffa94d";

    private FocusRunChart() {
    }

    /** How a panel's drawn range is chosen from its values. */
    private enum Range { PACE, FULL, ROBUST }

    private record Track(String title, String legend, String color, double[] values, Range range) {
        boolean pace() {
            return range == Range.PACE;
        }
    }

    public static Chart render(FocusRun run) {
        if (run == null || run.streams() == null || run.streams().size() < 2) {
            return Chart.missing(ID, TITLE, "No focus run to draw: the athlete folder has no run with samples.");
        }
        Streams s = run.streams();
        double[] t = s.time();
        double t0 = t[0];
        double duration = t[t.length - 1] - t0;
        if (!(duration > 0)) {
            return Chart.missing(ID, TITLE, "The focus run has no duration to draw.");
        }
        double bucket = Math.max(MIN_BUCKET_S, duration / TARGET_BUCKETS);
        int n = (int) Math.ceil(duration / bucket) + 1;
        double[] xMin = new double[n];
        for (int i = 0; i < n; i++) {
            xMin[i] = (i + 0.5) * bucket / 60;
        }
        List<Track> tracks = new ArrayList<>();
        double[] speed = bucketSpeed(s, t0, bucket, n);
        if (speed != null) {
            double[] pace = new double[n];
            for (int i = 0; i < n; i++) {
                pace[i] = speed[i] >= MIN_RUNNING_SPEED_M_S ? 1000 / speed[i] : Double.NaN;
            }
            if (Series.anyFinite(pace)) {
                tracks.add(new Track("Pace (min:s per km; faster is higher)", "pace", Palette.BLUE, pace, Range.PACE));
            }
        }
        addTrack(tracks, s, Channel.HEART_RATE_BPM, "Heart rate (bpm)", "heart rate", Palette.RED, Range.FULL, t0, bucket, n);
        addTrack(tracks, s, Channel.CADENCE_SPM, "Cadence (steps per minute)", "cadence", Palette.VIOLET, Range.ROBUST,
                t0, bucket, n);
        addTrack(tracks, s, Channel.GROUND_CONTACT_TIME_MS, "Ground contact time (ms)", "ground contact", Palette.GREEN,
                Range.ROBUST, t0, bucket, n);
        if (tracks.isEmpty()) {
            return Chart.missing(ID, TITLE, "The focus run has no pace, heart rate, cadence or ground contact time to draw.");
        }
        String reading = reading(run);
        Legend legend = new Legend();
        for (Track tr : tracks) {
            legend.add(Legend.Key.LINE, tr.color(), tr.legend());
        }
        boolean warm = run.windows().stream().anyMatch(w -> w.kind() == RunWindow.Kind.WARMUP);
        boolean late = run.windows().stream().anyMatch(w -> w.kind() == RunWindow.Kind.LATE_FADE);
        if (warm) {
            legend.add(Legend.Key.BAND, WARMUP_FILL, RunWindow.Kind.WARMUP.label());
        }
        if (late) {
            legend.add(Legend.Key.BAND, LATE_FILL, RunWindow.Kind.LATE_FADE.label());
        }
        double y = Axes.firstPanelTop(legend);
        double height = y + tracks.size() * PANEL_H + (tracks.size() - 1) * Axes.GAP + Axes.BOTTOM;
        String file = run.file() == null ? "" : " (" + run.file() + ")";
        Svg svg = new Svg(ID, Axes.WIDTH, height, TITLE + file,
                "The focus run minute by minute, one panel per recorded channel, with the warm-up and late-fade "
                        + "windows shaded. " + reading);
        double durMin = duration / 60;
        Panel last = null;
        for (Track tr : tracks) {
            double[] range = switch (tr.range()) {
                case PACE -> paceRange(tr.values());
                case FULL -> new double[] {Series.min(tr.values()), Series.max(tr.values())};
                case ROBUST -> robustRange(tr.values());
            };
            double lo = range[0];
            double hi = range[1];
            double[] ticks = tr.pace() ? Axes.paceTicks(lo, hi) : Ticks.nice(lo, hi, 4);
            Panel p = new Panel(svg, Axes.LEFT, y, Axes.PLOT_W, PANEL_H, 0, durMin, ticks, tr.pace())
                    .axes(tr.title(), tr.pace() ? Labels::pace : Labels::number);
            for (RunWindow w : run.windows()) {
                p.vband((w.fromS() - t0) / 60, Math.min(duration, w.toS() - t0) / 60,
                        w.kind() == RunWindow.Kind.WARMUP ? WARMUP_FILL : LATE_FILL, 0.22);
            }
            p.line(xMin, tr.values(), tr.color(), 1.6, null);
            last = p;
            y += PANEL_H + Axes.GAP;
        }
        double[] all = Axes.minuteTicks(durMin);
        double[] ticks = Arrays.stream(all).filter(v -> v <= durMin + 1e-9).toArray();
        String[] labels = Arrays.stream(ticks).mapToObj(Labels::number).toArray(String[]::new);
        last.xTicks(ticks, labels).xTitle("minutes since start");
        legend.draw(svg, Axes.LEFT, Axes.LEGEND_Y, Axes.WIDTH - Axes.RIGHT);
        return new Chart(ID, TITLE, svg.close(), reading);
    }

    /**
     * The drawn range for cadence and contact time: the data's own minimum and maximum, but no
     * further than the 10th-90th percentile spread beyond those percentiles, so walking breaks and
     * stops do not flatten the running part (those points are drawn at the panel's edge).
     */
    static double[] robustRange(double[] v) {
        double q10 = Series.quantile(v, 0.10);
        double q90 = Series.quantile(v, 0.90);
        double spread = Math.max(q90 - q10, 1e-6);
        double lo = Math.max(Series.min(v), q10 - RANGE_SPREADS * spread);
        double hi = Math.min(Series.max(v), q90 + RANGE_SPREADS * spread);
        return new double[] {lo, hi};
    }

    /**
     * The drawn pace range (seconds per km): the data's own, but no faster than 3/4 and no slower
     * than 1.6 times the median pace. Pace grows without bound as a runner slows to a walk, so
     * walking and GPS spikes are drawn at the edge instead of stretching the axis to 20 min/km.
     */
    static double[] paceRange(double[] pace) {
        double median = Series.quantile(pace, 0.5);
        return new double[] {Math.max(Series.min(pace), PACE_FASTEST_OF_MEDIAN * median),
            Math.min(Series.max(pace), PACE_SLOWEST_OF_MEDIAN * median)};
    }

    private static void addTrack(List<Track> tracks, Streams s, Channel c, String title, String legend, String color,
                                 Range range, double t0, double bucket, int n) {
        double[] v = s.get(c);
        if (v == null) {
            return;
        }
        double[] m = bucketMeans(s.time(), v, t0, bucket, n);
        if (Series.anyFinite(m)) {
            tracks.add(new Track(title, legend, color, m, range));
        }
    }

    /** Mean of the finite values per bucket; NaN for empty buckets. */
    static double[] bucketMeans(double[] time, double[] v, double t0, double bucket, int n) {
        double[] sum = new double[n];
        int[] count = new int[n];
        for (int i = 0; i < time.length; i++) {
            if (Double.isFinite(v[i]) && Double.isFinite(time[i])) {
                int b = (int) ((time[i] - t0) / bucket);
                if (b >= 0 && b < n) {
                    sum[b] += v[i];
                    count[b]++;
                }
            }
        }
        double[] out = new double[n];
        for (int b = 0; b < n; b++) {
            out[b] = count[b] == 0 ? Double.NaN : sum[b] / count[b];
        }
        return out;
    }

    /**
     * Speed per bucket: the mean of the moving samples of the speed channel (a bucket half spent at a
     * standstill would otherwise show as a slow spike), or the distance covered over the bucket when
     * only distance was recorded.
     */
    static double[] bucketSpeed(Streams s, double t0, double bucket, int n) {
        if (s.has(Channel.SPEED_M_S)) {
            double[] v = s.get(Channel.SPEED_M_S);
            double[] moving = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                moving[i] = v[i] >= MIN_RUNNING_SPEED_M_S ? v[i] : Double.NaN;
            }
            return bucketMeans(s.time(), moving, t0, bucket, n);
        }
        double[] d = s.get(Channel.DISTANCE_M);
        if (d == null) {
            return null;
        }
        double[] t = s.time();
        double[] firstT = new double[n];
        double[] lastT = new double[n];
        double[] firstD = new double[n];
        double[] lastD = new double[n];
        Arrays.fill(firstT, Double.NaN);
        for (int i = 0; i < t.length; i++) {
            if (!Double.isFinite(d[i])) {
                continue;
            }
            int b = (int) ((t[i] - t0) / bucket);
            if (b < 0 || b >= n) {
                continue;
            }
            if (Double.isNaN(firstT[b])) {
                firstT[b] = t[i];
                firstD[b] = d[i];
            }
            lastT[b] = t[i];
            lastD[b] = d[i];
        }
        double[] out = new double[n];
        for (int b = 0; b < n; b++) {
            out[b] = Double.isNaN(firstT[b]) || lastT[b] <= firstT[b] ? Double.NaN
                    : (lastD[b] - firstD[b]) / (lastT[b] - firstT[b]);
        }
        return out;
    }

    /**
     * Mean of a channel over samples whose time lies in [from, to), NaN when absent or empty. Speed
     * counts only while running, so a stop at a crossing does not slow the average pace.
     */
    static double meanIn(Streams s, Channel c, double from, double to) {
        double[] v = s.get(c);
        if (v == null) {
            return Double.NaN;
        }
        double[] t = s.time();
        double floor = c == Channel.SPEED_M_S ? MIN_RUNNING_SPEED_M_S : Double.NEGATIVE_INFINITY;
        double sum = 0;
        int n = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= from && t[i] < to && Double.isFinite(v[i]) && v[i] >= floor) {
                sum += v[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    static String reading(FocusRun run) {
        Streams s = run.streams();
        double start = s.time()[0];
        double end = s.time()[s.size() - 1] + 1e-6;
        RunWindow warm = run.windows().stream().filter(w -> w.kind() == RunWindow.Kind.WARMUP).findFirst().orElse(null);
        RunWindow late = run.windows().stream().filter(w -> w.kind() == RunWindow.Kind.LATE_FADE).findFirst().orElse(null);
        if (late != null) {
            double before = warm == null ? start : warm.toS();
            List<String> cmp = compare(s, late.fromS(), late.toS(), before, late.fromS());
            if (!cmp.isEmpty()) {
                return String.format(Locale.ROOT, "In the late-fade window (from minute %.0f) your %s.", late.fromS() / 60,
                        String.join(", ", cmp));
            }
        }
        if (warm != null) {
            List<String> cmp = compare(s, warm.fromS(), warm.toS(), warm.toS(), end);
            if (!cmp.isEmpty()) {
                return String.format(Locale.ROOT, "In the warm-up window (first %.0f min) your %s.",
                        (warm.toS() - warm.fromS()) / 60, String.join(", ", cmp));
            }
        }
        double min = (end - start) / 60;
        double v = meanIn(s, Channel.SPEED_M_S, start, end);
        double hr = meanIn(s, Channel.HEART_RATE_BPM, start, end);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "The run lasted %.0f min", min));
        if (Double.isFinite(v) && v > 0) {
            sb.append(" at an average ").append(Labels.pace(1000 / v)).append(" per km");
        }
        if (Double.isFinite(hr)) {
            sb.append(Double.isFinite(v) && v > 0 ? " and " : " at ").append(Math.round(hr)).append(" bpm");
        }
        return sb.append("; no warm-up or late-fade window was marked.").toString();
    }

    /**
     * "pace was 5:48 per km against 5:15 before it, heart rate 158 against 149 bpm and cadence 164
     * against 171 spm", with only the channels recorded; empty when none can be compared.
     */
    private static List<String> compare(Streams s, double from, double to, double refFrom, double refTo) {
        String rest = refFrom >= to ? "after it" : "before it";
        List<String> out = new ArrayList<>();
        double v = meanIn(s, Channel.SPEED_M_S, from, to);
        double vr = meanIn(s, Channel.SPEED_M_S, refFrom, refTo);
        if (Double.isFinite(v) && Double.isFinite(vr) && v > 0 && vr > 0) {
            out.add("pace was " + Labels.pace(1000 / v) + " per km against " + Labels.pace(1000 / vr) + " " + rest);
        }
        double h = meanIn(s, Channel.HEART_RATE_BPM, from, to);
        double hr = meanIn(s, Channel.HEART_RATE_BPM, refFrom, refTo);
        if (Double.isFinite(h) && Double.isFinite(hr)) {
            out.add("heart rate " + (out.isEmpty() ? "was " : "") + Math.round(h) + " against " + Math.round(hr) + " bpm"
                    + (out.isEmpty() ? " " + rest : ""));
        }
        double c = meanIn(s, Channel.CADENCE_SPM, from, to);
        double cr = meanIn(s, Channel.CADENCE_SPM, refFrom, refTo);
        if (Double.isFinite(c) && Double.isFinite(cr)) {
            out.add("cadence " + (out.isEmpty() ? "was " : "") + Math.round(c) + " against " + Math.round(cr) + " spm"
                    + (out.isEmpty() ? " " + rest : ""));
        }
        if (out.size() > 1) {
            String lastPart = out.remove(out.size() - 1);
            out.set(out.size() - 1, out.get(out.size() - 1) + " and " + lastPart);
        }
        return out;
    }
}
