package org.heavylegs.core.clean;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.Streams;
import org.heavylegs.core.activity.Totals;

/**
 * Closes gaps made by a device clock that jumped (reset by hours or years, or synchronised to GPS
 * time) in the middle of a recording. A step in time is a jump when it is far longer than any pause
 * a device records without a timer event, no timer pause covers it, and the athlete did not move
 * across it (distance and position nearly unchanged). A step backwards of that size, with the
 * distance not going back, is a jump too (the clock was set back while the athlete went on).
 * <p>
 * The samples after each jump are moved so that they follow the samples before it after one
 * typical sample interval, and that short interval is recorded as a {@link Pause}, so that nothing
 * integrates over it. Laps and pauses move with the samples around them. The part of the recording
 * with the most samples is trusted to have the right clock: when it is not the first part, the
 * activity's start is moved so that this part keeps its absolute times.
 * <p>
 * Genuine long stops stay as they are: a gap covered by a timer pause, or one across which the
 * athlete moved, is not touched.
 */
public final class TimeJumps implements CleaningRule {

    /**
     * [heuristic] Shortest jump in a file with timer events (FIT). With the timer running a device
     * writes a sample every second or, in smart recording, every few seconds; across the 126 files of
     * the corpus the longest gap not covered by a timer pause is 88 s (between pool lengths). A
     * quarter of an hour with no sample and no timer pause is therefore a clock fault, not a stop.
     */
    static final double MIN_JUMP_S = 15 * 60;

    /**
     * [heuristic] Shortest jump in a file without timer events (TCX, GPX), where a stopped timer
     * shows only as a gap: an overnight stop in one place on a multi-day outing can last half a day,
     * so only a gap longer than a day, in place, is taken for a clock fault.
     */
    static final double MIN_JUMP_WITHOUT_TIMER_EVENTS_S = 24 * 3600;

    /**
     * [heuristic] Distance gained or displacement across a gap above which the athlete moved, so the
     * gap is real. One sample's travel is under 20 m at running and most cycling speeds and a GPS
     * fix re-acquired after a gap can be some tens of metres off; 200 m is well beyond both.
     */
    static final double MOVED_M = 200;

    /** [heuristic] Share of a gap that timer pauses must cover for the gap to count as paused. */
    static final double PAUSED_SHARE = 0.5;

    /** [heuristic] A closed gap becomes one typical sample interval, but never more than this. */
    static final double MAX_BRIDGE_S = 10;

    /** How many samples to look back or ahead from a gap for a finite distance or position. */
    static final int NEIGHBOUR_SEARCH = 10;

    @Override
    public String id() {
        return "time_jumps";
    }

    @Override
    public Activity apply(Activity activity, List<String> warnings) {
        Streams s = activity.streams();
        double[] t = s.time();
        double minJump = hasTimerEvents(activity.format()) ? MIN_JUMP_S : MIN_JUMP_WITHOUT_TIMER_EVENTS_S;
        List<Integer> cuts = new ArrayList<>();
        int prev = -1;
        for (int i = 0; i < t.length; i++) {
            if (!Double.isFinite(t[i])) {
                continue;
            }
            if (prev >= 0) {
                double step = t[i] - t[prev];
                boolean forward = step >= minJump && !paused(activity.pauses(), t[prev], t[i]) && !moved(s, prev, i);
                boolean backward = -step >= minJump && !distanceWentBack(s, prev, i);
                if (forward || backward) {
                    cuts.add(i);
                }
            }
            prev = i;
        }
        if (cuts.isEmpty()) {
            return activity;
        }
        ClockSegments seg = new ClockSegments(t, cuts, bridge(t));
        double[] newTime = new double[t.length];
        for (int k = 0; k < seg.count(); k++) {
            for (int i = seg.from(k); i < seg.to(k); i++) {
                newTime[i] = t[i] + seg.shift[k];
            }
        }
        for (int k = 1; k < seg.count(); k++) {
            double step = seg.min[k] - seg.max[k - 1];
            warnings.add(String.format(Locale.ROOT,
                    "%s: clock jumped %s by %s at sample %d (%.0f s into the recording); later samples moved to follow "
                            + "after %.0f s, recorded as a pause",
                    id(), step > 0 ? "forward" : "back", duration(Math.abs(step)), seg.from(k),
                    seg.max[k - 1] + seg.shift[k - 1], seg.bridge));
        }
        int anchor = seg.longest();
        Instant start = activity.start();
        if (seg.shift[anchor] != 0) {
            start = start.minus(Duration.ofMillis(Math.round(seg.shift[anchor] * 1000)));
            warnings.add(String.format(Locale.ROOT, "%s: start moved %s by %s so that the longest part (samples %d to %d) keeps its clock",
                    id(), seg.shift[anchor] < 0 ? "forward" : "back", duration(Math.abs(seg.shift[anchor])),
                    seg.from(anchor), seg.to(anchor) - 1));
        }
        return new Activity(activity.source(), activity.format(), activity.sport(), activity.subSport(), start,
                s.withTime(newTime), seg.laps(activity.laps()), seg.pauses(activity.pauses()), activity.rrS(),
                activity.summary(), activity.device(), activity.warnings());
    }

    /** FIT files (and synthetic activities) say when the timer stopped; TCX and GPX do not. */
    private static boolean hasTimerEvents(SourceFormat format) {
        return format == SourceFormat.FIT || format == SourceFormat.SYNTHETIC;
    }

    private static double bridge(double[] t) {
        double interval = Median.sampleInterval(t);
        return Double.isNaN(interval) ? 1.0 : Math.min(interval, MAX_BRIDGE_S);
    }

    private static boolean paused(List<Pause> pauses, double from, double to) {
        double covered = 0;
        for (Pause p : pauses) {
            covered += Math.max(0, Math.min(p.endS(), to) - Math.max(p.startS(), from));
        }
        return covered >= PAUSED_SHARE * (to - from);
    }

    private static boolean moved(Streams s, int before, int after) {
        double[] d = s.get(Channel.DISTANCE_M);
        if (d != null) {
            int a = finiteAround(d, null, before, -1);
            int b = finiteAround(d, null, after, +1);
            if (a >= 0 && b >= 0 && Math.abs(d[b] - d[a]) > MOVED_M) {
                return true;
            }
        }
        double[] lat = s.get(Channel.LATITUDE_DEG);
        double[] lon = s.get(Channel.LONGITUDE_DEG);
        if (lat != null && lon != null) {
            int a = finiteAround(lat, lon, before, -1);
            int b = finiteAround(lat, lon, after, +1);
            return a >= 0 && b >= 0 && Totals.haversineM(lat[a], lon[a], lat[b], lon[b]) > MOVED_M;
        }
        return false;
    }

    /** A step back in time across which the distance also went far back is replayed records, not a clock. */
    private static boolean distanceWentBack(Streams s, int before, int after) {
        double[] d = s.get(Channel.DISTANCE_M);
        if (d == null) {
            return false;
        }
        int a = finiteAround(d, null, before, -1);
        int b = finiteAround(d, null, after, +1);
        return a >= 0 && b >= 0 && d[b] < d[a] - MOVED_M;
    }

    /** The nearest index from {@code i} in direction {@code dir} where both columns are finite, or -1. */
    private static int finiteAround(double[] x, double[] y, int i, int dir) {
        for (int k = 0, j = i; k < NEIGHBOUR_SEARCH && j >= 0 && j < x.length; k++, j += dir) {
            if (Double.isFinite(x[j]) && (y == null || Double.isFinite(y[j]))) {
                return j;
            }
        }
        return -1;
    }

    static String duration(double seconds) {
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        } else if (seconds < 2 * 3600) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        } else if (seconds < 2 * 86400) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        } else if (seconds < 730 * 86400.0) {
            return String.format(Locale.ROOT, "%.0f days", seconds / 86400);
        }
        return String.format(Locale.ROOT, "%.1f years", seconds / (365.25 * 86400));
    }
}
