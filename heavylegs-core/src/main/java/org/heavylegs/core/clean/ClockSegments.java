package org.heavylegs.core.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.heavylegs.core.activity.Lap;
import org.heavylegs.core.activity.Pause;

/**
 * The parts of a recording between the clock jumps {@link TimeJumps} found: their sample ranges,
 * their time ranges in the old clock, and the shift that places each right after the one before;
 * laps and pauses move with them.
 */
final class ClockSegments {
    final int[] starts;
    final int n;
    final double[] min;
    final double[] max;
    final double[] shift;
    final double bridge;

    ClockSegments(double[] t, List<Integer> cuts, double bridge) {
        this.bridge = bridge;
        this.n = t.length;
        starts = new int[cuts.size() + 1];
        for (int k = 0; k < cuts.size(); k++) {
            starts[k + 1] = cuts.get(k);
        }
        min = new double[starts.length];
        max = new double[starts.length];
        shift = new double[starts.length];
        for (int k = 0; k < starts.length; k++) {
            min[k] = Double.POSITIVE_INFINITY;
            max[k] = Double.NEGATIVE_INFINITY;
            for (int i = from(k); i < to(k); i++) {
                if (Double.isFinite(t[i])) {
                    min[k] = Math.min(min[k], t[i]);
                    max[k] = Math.max(max[k], t[i]);
                }
            }
            if (k > 0) {
                shift[k] = max[k - 1] + shift[k - 1] + bridge - min[k];
            }
        }
    }

    int count() {
        return starts.length;
    }

    int from(int k) {
        return starts[k];
    }

    int to(int k) {
        return k + 1 < starts.length ? starts[k + 1] : n;
    }

    /** The part with the most samples (the earliest of equals). */
    int longest() {
        int best = 0;
        for (int k = 1; k < count(); k++) {
            if (to(k) - from(k) > to(best) - from(best)) {
                best = k;
            }
        }
        return best;
    }

    /**
     * The part, from {@code cursor} on, whose old time range is nearest to x. Laps and pauses
     * are in recording order, so a later entry never belongs to an earlier part; that settles
     * times that fall in two parts after a clock set back by less than the recording's length.
     */
    int nearest(double x, int cursor) {
        int best = cursor;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int k = cursor; k < count(); k++) {
            double distance = x < min[k] ? min[k] - x : x > max[k] ? x - max[k] : 0;
            if (distance < bestDistance) {
                best = k;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** x in the new clock of part k; times beyond a part's side that faces a jump stay within the bridge. */
    double map(double x, int k) {
        double y = x + shift[k];
        if (x > max[k] && k + 1 < count()) {
            return Math.min(y, max[k] + shift[k] + bridge);
        }
        if (x < min[k] && k > 0) {
            return Math.max(y, min[k] + shift[k] - bridge);
        }
        return y;
    }

    /** Laps moved with the samples around them. */
    List<Lap> laps(List<Lap> laps) {
        List<Lap> out = new ArrayList<>(laps.size());
        int cursor = 0;
        for (Lap lap : laps) {
            if (!Double.isFinite(lap.startS())) {
                out.add(lap);
                continue;
            }
            cursor = nearest(lap.startS(), cursor);
            double start = map(lap.startS(), cursor);
            double elapsed = lap.elapsedS();
            if (Double.isFinite(elapsed)) {
                double end = lap.startS() + elapsed;
                elapsed = Math.max(0, map(end, nearest(end, cursor)) - start);
            }
            out.add(new Lap(start, elapsed, lap.timerS(), lap.distanceM(), lap.avgHeartRateBpm()));
        }
        return out;
    }

    /** Pauses moved with the samples around them, plus one bridge pause per jump, merged where they overlap. */
    List<Pause> pauses(List<Pause> pauses) {
        List<Pause> all = new ArrayList<>();
        int cursor = 0;
        for (Pause p : pauses) {
            cursor = nearest(p.startS(), cursor);
            double start = map(p.startS(), cursor);
            double end = map(p.endS(), nearest(p.endS(), cursor));
            all.add(new Pause(start, Math.max(start, end)));
        }
        for (int k = 1; k < count(); k++) {
            double from = max[k - 1] + shift[k - 1];
            all.add(new Pause(from, from + bridge));
        }
        all.sort(Comparator.comparingDouble(Pause::startS));
        List<Pause> merged = new ArrayList<>();
        for (Pause p : all) {
            Pause last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && p.startS() <= last.endS()) {
                merged.set(merged.size() - 1, new Pause(last.startS(), Math.max(last.endS(), p.endS())));
            } else {
                merged.add(p);
            }
        }
        return merged;
    }
}
