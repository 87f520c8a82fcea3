package org.heavylegs.core.clean;

import java.util.List;
import java.util.Locale;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;
import org.heavylegs.core.activity.Totals;

/**
 * Removes GPS positions that imply an impossible speed: fixes that leap away from the track (an
 * outlier while the receiver locks on, multipath between buildings) and come back, or a first few
 * fixes far from where the recording really starts.
 * <p>
 * Consecutive fixes are joined when the distance between them could be covered at the sport's
 * highest plausible speed plus the GPS error; the longest chain of joined fixes is trusted, and from
 * it the track is followed both ways: a fix that cannot be reached from the last trusted one is set
 * missing, and the next fixes are again compared with the last trusted one. A fix outside the valid
 * coordinate range is set missing too. A run of unreachable fixes lasting longer than an outlier can
 * is kept (the receiver relocked elsewhere, or the athlete was carried): it is not ours to judge.
 * Where a removed fix also carries a speed above the sport's limit, that speed came from the jump
 * and is set missing as well.
 */
public final class GpsJumps implements CleaningRule {

    /**
     * [heuristic] Highest plausible speed on foot, m/s. The fastest sprinters peak at about 12 m/s
     * (Bolt's 2009 100 m world record, 10 m splits [recalled]); distance runners stay under 7 m/s.
     */
    static final double MAX_FOOT_SPEED_M_S = 12.0;

    /**
     * [heuristic] Highest plausible speed for cycling and other wheeled or gliding endurance sports,
     * m/s (144 km/h): above the fastest road descents in professional racing, about 130 km/h [recalled].
     */
    static final double MAX_CYCLING_SPEED_M_S = 40.0;

    /**
     * [heuristic] Bound for sports we cannot judge (generic, alpine skiing, motor sports), m/s
     * (360 km/h): catches only positions thrown hundreds of metres within a second.
     */
    static final double MAX_OTHER_SPEED_M_S = 100.0;

    /**
     * [heuristic] GPS error allowed on top of the speed bound, metres. Consumer receivers are off by
     * 5 to 10 m and more between buildings (Merry and Bettinger 2019, PLoS ONE 14:e0219890: 7 to 13 m
     * average for a phone in town); consecutive fixes err mostly in the same direction, so 10 m
     * between two of them keeps 1 Hz noise while catching a fix thrown 30 m off the track.
     */
    static final double GPS_ERROR_M = 10.0;

    /**
     * [heuristic] Longest run of unreachable fixes treated as an outlier, seconds. Lock-on errors and
     * multipath last seconds to tens of seconds; a longer consistent displacement is kept.
     */
    static final double MAX_OUTLIER_S = 60.0;

    /**
     * [heuristic] How many times more the track must shorten by dropping the trusted chain's edge fix
     * than by dropping the fix beyond it before the edge is taken for the outlier; otherwise the fix
     * beyond goes. Without a clear margin the step is an offset, not an outlier, and either choice is
     * as good.
     */
    static final double EDGE_MARGIN = 1.5;

    private static final List<String> FOOT = List.of("running", "walking", "hiking", "swimming",
            "mountaineering", "snowshoeing", "transition");
    private static final List<String> WHEELED = List.of("cycling", "e_biking", "cross_country_skiing",
            "inline_skating", "rowing", "paddling", "kayaking", "stand_up_paddleboarding");

    @Override
    public String id() {
        return "gps_jumps";
    }

    static double maxSpeed(String sport) {
        if (FOOT.contains(sport)) {
            return MAX_FOOT_SPEED_M_S;
        }
        return WHEELED.contains(sport) ? MAX_CYCLING_SPEED_M_S : MAX_OTHER_SPEED_M_S;
    }

    @Override
    public Activity apply(Activity activity, List<String> warnings) {
        Streams s = activity.streams();
        double[] lat = s.get(Channel.LATITUDE_DEG);
        double[] lon = s.get(Channel.LONGITUDE_DEG);
        if (lat == null || lon == null) {
            return activity;
        }
        double[] t = s.time();
        double limit = maxSpeed(activity.sport());
        boolean[] bad = new boolean[t.length];
        int invalid = 0;
        int fixCount = 0;
        int[] fixes = new int[t.length];
        for (int i = 0; i < t.length; i++) {
            if (Double.isNaN(lat[i]) || Double.isNaN(lon[i])) {
                continue;
            }
            if (Math.abs(lat[i]) > 90 || Math.abs(lon[i]) > 180 || !Double.isFinite(t[i])) {
                bad[i] = true;
                invalid++;
            } else {
                fixes[fixCount++] = i;
            }
        }
        int jumped = markJumps(t, lat, lon, fixes, fixCount, limit, bad);
        if (invalid + jumped == 0) {
            return activity;
        }
        double[] newLat = lat.clone();
        double[] newLon = lon.clone();
        double[] speed = s.get(Channel.SPEED_M_S);
        double[] newSpeed = speed == null ? null : speed.clone();
        int speeds = 0;
        int first = -1;
        for (int i = 0; i < t.length; i++) {
            if (bad[i]) {
                first = first < 0 ? i : first;
                newLat[i] = Double.NaN;
                newLon[i] = Double.NaN;
                if (newSpeed != null && newSpeed[i] > limit) {
                    newSpeed[i] = Double.NaN;
                    speeds++;
                }
            }
        }
        boolean anyLeft = jumped < fixCount;
        Streams repaired = s.with(Channel.LATITUDE_DEG, anyLeft ? newLat : null).with(Channel.LONGITUDE_DEG, anyLeft ? newLon : null);
        if (speeds > 0) {
            repaired = repaired.with(Channel.SPEED_M_S, newSpeed);
        }
        StringBuilder m = new StringBuilder(String.format(Locale.ROOT,
                "%s: %d of %d positions set missing", id(), invalid + jumped, invalid + fixCount));
        if (jumped > 0) {
            m.append(String.format(Locale.ROOT, ", %d implying more than %.0f m/s for %s", jumped, limit, activity.sport()));
        }
        if (invalid > 0) {
            m.append(String.format(Locale.ROOT, ", %d outside the valid range or without a time", invalid));
        }
        m.append(String.format(Locale.ROOT, " (first at sample %d", first));
        if (Double.isFinite(t[first])) {
            m.append(String.format(Locale.ROOT, ", %.0f s", t[first]));
        }
        m.append(')');
        if (speeds > 0) {
            m.append(String.format(Locale.ROOT, "; %d speed %s above %.0f m/s at those positions set missing",
                    speeds, speeds == 1 ? "sample" : "samples", limit));
        }
        if (!anyLeft) {
            m.append("; no valid position left, channels removed");
        }
        warnings.add(m.toString());
        return activity.withStreams(repaired);
    }

    /** Marks unreachable fixes in {@code bad}; returns how many. */
    private static int markJumps(double[] t, double[] lat, double[] lon, int[] fixes, int count, double limit, boolean[] bad) {
        if (count < 2) {
            return 0;
        }
        // The longest chain of consecutive fixes joined by plausible steps is the anchor.
        int bestFrom = 0;
        int bestLength = 1;
        int from = 0;
        for (int k = 1; k <= count; k++) {
            if (k == count || !reachable(t, lat, lon, fixes[k - 1], fixes[k], limit)) {
                if (k - from > bestLength) {
                    bestFrom = from;
                    bestLength = k - from;
                }
                from = k;
            }
        }
        if (bestLength == count) {
            return 0;
        }
        boolean edgesMayGo = bestLength >= 3;
        int marked = follow(t, lat, lon, fixes, bestFrom + bestLength - 1, count, +1, limit, edgesMayGo, bad);
        return marked + follow(t, lat, lon, fixes, bestFrom, count, -1, limit, edgesMayGo, bad);
    }

    /**
     * Walks from the trusted chain's edge {@code fixes[k0]} in direction dir, marking fixes that cannot
     * be reached from the last trusted one. The edge itself may go when it, not the fix beyond it, is
     * the outlier.
     */
    private static int follow(double[] t, double[] lat, double[] lon, int[] fixes, int k0, int count, int dir,
                              double limit, boolean edgeMayGo, boolean[] bad) {
        int marked = 0;
        int trusted = fixes[k0];
        if (edgeMayGo && edgeIsOutlier(t, lat, lon, fixes, k0, count, dir, limit)) {
            bad[trusted] = true;
            marked++;
            trusted = fixes[k0 - dir];
        }
        int runStart = -1;
        for (int k = k0 + dir; k >= 0 && k < count; k += dir) {
            int i = fixes[k];
            if (reachable(t, lat, lon, trusted, i, limit)) {
                trusted = i;
                runStart = -1;
                continue;
            }
            if (runStart < 0) {
                runStart = k;
            }
            if (Math.abs(t[i] - t[fixes[runStart]]) > MAX_OUTLIER_S) {
                // Too long for an outlier: keep the whole run and trust its last fix.
                for (int r = runStart; r != k + dir; r += dir) {
                    if (bad[fixes[r]]) {
                        bad[fixes[r]] = false;
                        marked--;
                    }
                }
                trusted = i;
                runStart = -1;
                continue;
            }
            bad[i] = true;
            marked++;
        }
        return marked;
    }

    /**
     * True when, of the two fixes either side of the first impossible step out of the trusted chain,
     * the one on the chain's edge is clearly the outlier: leaving it out bridges the step at a
     * plausible speed and shortens the track by more than the GPS error and by {@link #EDGE_MARGIN}
     * times more than leaving out the fix beyond it. An outlier is a detour; an offset is not.
     */
    private static boolean edgeIsOutlier(double[] t, double[] lat, double[] lon, int[] fixes, int k0, int count, int dir,
                                         double limit) {
        int inner = k0 - dir;
        int out = k0 + dir;
        int beyond = out + dir;
        if (inner < 0 || inner >= count || out < 0 || out >= count
                || reachable(t, lat, lon, fixes[k0], fixes[out], limit)
                || !reachable(t, lat, lon, fixes[inner], fixes[out], limit)) {
            return false;
        }
        double withoutEdge = detour(lat, lon, fixes[inner], fixes[k0], fixes[out]);
        double withoutOut = beyond < 0 || beyond >= count
                ? distance(lat, lon, fixes[k0], fixes[out])
                : detour(lat, lon, fixes[k0], fixes[out], fixes[beyond]);
        return withoutEdge > GPS_ERROR_M && withoutEdge > EDGE_MARGIN * withoutOut;
    }

    /** How much shorter the track a, b, c gets without b, metres. */
    private static double detour(double[] lat, double[] lon, int a, int b, int c) {
        return distance(lat, lon, a, b) + distance(lat, lon, b, c) - distance(lat, lon, a, c);
    }

    private static double distance(double[] lat, double[] lon, int a, int b) {
        return Totals.haversineM(lat[a], lon[a], lat[b], lon[b]);
    }

    private static boolean reachable(double[] t, double[] lat, double[] lon, int a, int b, double limit) {
        return distance(lat, lon, a, b) <= limit * Math.abs(t[b] - t[a]) + GPS_ERROR_M;
    }
}
