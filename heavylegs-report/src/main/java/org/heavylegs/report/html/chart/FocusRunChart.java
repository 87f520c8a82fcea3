package org.heavylegs.report.html.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    /** The same chart of any run, as the dashboard's run pages show it: most runs are not the focus run. */
    public static final String RUN_ID = "chart-run";
    static final String RUN_TITLE = "This run: pace, heart rate, cadence and ground contact time";

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
        return render(run, ID, TITLE, "The focus run");
    }

    /** The chart of any run, titled "This run" instead of "The focus run" (the dashboard's run pages). */
    public static Chart renderRun(FocusRun run) {
        return render(run, RUN_ID, RUN_TITLE, "This run");
    }

    private static Chart render(FocusRun run, String id, String title, String subject) {
        if (run == null || run.streams() == null || run.streams().size() < 2) {
            return Chart.missing(id, title, "No focus run to draw: the athlete folder has no run with samples.");
        }
        Streams s = run.streams();
        double[] t = s.time();
        double t0 = t[0];
        double duration = t[t.length - 1] - t0;
        if (!(duration > 0)) {
            return Chart.missing(id, title, "The focus run has no duration to draw.");
        }
        double bucket = Math.max(MIN_BUCKET_S, duration / TARGET_BUCKETS);
        int n = (int) Math.ceil(duration / bucket) + 1;
        double[] xMin = new double[n];
        for (int i = 0; i < n; i++) {
            xMin[i] = (i + 0.5) * bucket / 60;
        }
        List<Track> tracks = new ArrayList<>();
        double[] speed = TimeBuckets.speed(s, t0, bucket, n);
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
            return Chart.missing(id, title, "The focus run has no pace, heart rate, cadence or ground contact time to draw.");
        }
        String reading = FocusRunReading.of(run);
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
        Svg svg = new Svg(id, Axes.WIDTH, height, title + file,
                subject + " minute by minute, one panel per recorded channel, with the warm-up and late-fade "
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
        return new Chart(id, title, svg.close(), reading);
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
        double[] m = TimeBuckets.means(s.time(), v, t0, bucket, n);
        if (Series.anyFinite(m)) {
            tracks.add(new Track(title, legend, color, m, range));
        }
    }
}
