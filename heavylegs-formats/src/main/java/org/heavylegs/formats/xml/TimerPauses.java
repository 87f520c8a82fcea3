package org.heavylegs.formats.xml;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.heavylegs.core.activity.Pause;

/**
 * Where the timer was stopped, for formats that do not say so directly. Our rule:
 *
 * <ol>
 *   <li><b>Segment breaks.</b> A new TCX Track inside the same lap, or a new GPX trkseg, starts
 *       where recording resumed: the clock gap before its first point is a pause. (A Track that opens
 *       a new lap is not evidence: every lap starts a Track.)</li>
 *   <li><b>Lap timer.</b> Garmin's TCX export mostly writes one Track per lap even when the timer
 *       was stopped in it (the corpus's heartandsole and connectstats TCX files all do). A TCX lap
 *       states its timer time (TotalTimeSeconds); its wall-clock span is from its StartTime to the
 *       next lap's StartTime (the last lap: to its last point). When the span exceeds the timer
 *       (plus the pauses of rule 1) by at least {@link #MIN_MISSING_S}, the stopped time is put on
 *       the lap's largest clock jumps between consecutive points (including the jumps into and out
 *       of the lap), largest first, each cut to the stopped time still to place, as
 *       [resume point - placed, resume point]. A jump of {@link #MIN_GAP_S} or less is ordinary
 *       recording and never taken.</li>
 * </ol>
 * A long gap in a lap whose timer ran throughout (smart recording while standing still) is thus not
 * a pause, and our timer time matches the device's lap sums where the jumps allow it.
 */
final class TimerPauses {

    /** Jumps this short are one-second recording, not a stopped timer. */
    static final double MIN_GAP_S = 1.0;
    /** Stopped time below this per lap is rounding: lap timers carry ms, trackpoint times whole seconds. */
    static final double MIN_MISSING_S = 1.0;
    /** Stopped time left without a jump to sit on above this is worth a note. */
    static final double UNPLACED_NOTE_S = 2.0;

    /**
     * One lap: its samples are [first, end); times are relative seconds like the samples'.
     * NaN start, wall or timer switches rule 2 off for the lap.
     */
    record LapSpan(int first, int end, double startS, double wallS, double timerS) {
    }

    private TimerPauses() {
    }

    static List<Pause> infer(double[] t, BitSet segmentStarts, List<LapSpan> laps, ReadNotes notes) {
        int n = t.length;
        boolean[] used = new boolean[n];
        boolean[] explicit = new boolean[n];
        BitSet lapFirsts = new BitSet();
        for (LapSpan lap : laps) {
            lapFirsts.set(lap.first());
        }
        List<Pause> pauses = new ArrayList<>();
        for (int i = segmentStarts.nextSetBit(1); i >= 1 && i < n; i = segmentStarts.nextSetBit(i + 1)) {
            if (!lapFirsts.get(i) && t[i] > t[i - 1]) {
                pauses.add(new Pause(t[i - 1], t[i]));
                used[i] = true;
                explicit[i] = true;
            }
        }
        for (int k = 0; k < laps.size(); k++) {
            placeStoppedTime(t, laps.get(k), k + 1, used, explicit, pauses, notes);
        }
        pauses.sort(Comparator.comparingDouble(Pause::startS));
        return pauses;
    }

    private static void placeStoppedTime(double[] t, LapSpan lap, int lapNumber, boolean[] used, boolean[] explicit,
                                         List<Pause> pauses, ReadNotes notes) {
        if (Double.isNaN(lap.wallS()) || Double.isNaN(lap.timerS())) {
            return;
        }
        int from = Math.max(lap.first(), 1);
        int to = Math.min(lap.end(), t.length - 1);
        double missing = lap.wallS() - lap.timerS();
        List<Integer> jumps = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            if (explicit[i] && i > lap.first() && i < lap.end()) {
                missing -= t[i] - t[i - 1];
            } else if (!used[i] && t[i] - t[i - 1] > MIN_GAP_S) {
                jumps.add(i);
            }
        }
        if (missing < MIN_MISSING_S) {
            return;
        }
        jumps.sort(Comparator.comparingDouble((Integer i) -> t[i] - t[i - 1]).reversed());
        for (int i : jumps) {
            if (missing < MIN_MISSING_S) {
                break;
            }
            double placed = Math.min(t[i] - t[i - 1], missing);
            pauses.add(new Pause(t[i] - placed, t[i]));
            used[i] = true;
            missing -= placed;
        }
        if (missing > UNPLACED_NOTE_S) {
            notes.count("laps whose stopped-timer time found no clock jump to sit on, so our timer reads high there",
                    "lap " + lapNumber + ", " + Math.round(missing) + " s");
        }
    }
}
