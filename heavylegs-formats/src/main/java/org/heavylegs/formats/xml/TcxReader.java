package org.heavylegs.formats.xml;

import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.formats.ActivityReader;
import org.heavylegs.formats.UnreadableFileException;

/**
 * Garmin Training Center XML (TCX) activities, streamed with the JDK's StAX parser (never a DOM),
 * hardened as {@link XmlWalker} says. One {@link Activity} per Activity element (a MultiSportSession
 * gives one per sport).
 *
 * <ul>
 *   <li>Samples: Trackpoint Time, Position, AltitudeMeters, DistanceMeters, HeartRateBpm, Cadence,
 *       and Garmin's ActivityExtension v2 TPX Speed, RunCadence and Watts; namespaces are matched by
 *       local name only, as producers bind them to different prefixes.</li>
 *   <li>Cadence becomes steps per minute as {@link Cadences} says (RunCadence counts one foot).</li>
 *   <li>Laps: StartTime, TotalTimeSeconds, DistanceMeters, AverageHeartRateBpm. Their sums
 *       and timer-weighted averages are the device summary ({@link LapTotals}).</li>
 *   <li>Timer pauses: inferred from Track breaks and from lap timers against the clock
 *       ({@link TimerPauses}).</li>
 *   <li>Creator/Name is the device's product name.</li>
 * </ul>
 * A trackpoint without time, a number that does not parse or a position out of range becomes a
 * counted warning. A document broken part-way keeps what was read before the break, with a warning.
 */
public final class TcxReader implements ActivityReader {
    private static final String ROOT = "TrainingCenterDatabase";

    @Override
    public boolean recognizes(byte[] data) {
        return ROOT.equals(XmlProlog.rootLocalName(data));
    }

    @Override
    public List<Activity> read(String source, byte[] data) throws UnreadableFileException {
        TcxHandler handler = new TcxHandler();
        XmlWalker.Broken broken = XmlWalker.walk(source, data, handler);
        List<TcxActivity> read = handler.finish();
        List<String> fileNotes = broken == null ? List.of() : List.of(brokenNote(broken));
        List<Activity> activities = new ArrayList<>();
        for (TcxActivity a : read) {
            Activity activity = a.assemble(source, fileNotes);
            if (activity != null) {
                activities.add(activity);
            }
        }
        if (activities.isEmpty()) {
            throw refusal(source, broken, handler, read.size());
        }
        int skipped = read.size() - activities.size();
        if (skipped > 0) {
            Activity first = activities.get(0);
            List<String> w = new ArrayList<>(first.warnings());
            w.add(skipped + " other Activity element(s) of the file hold no trackpoint with a time and were skipped");
            activities.set(0, first.withWarnings(w));
        }
        return activities;
    }

    static String brokenNote(XmlWalker.Broken broken) {
        return "the XML breaks off at line " + broken.line() + " (" + broken.message()
                + "); what was read before it is kept";
    }

    private static UnreadableFileException refusal(String source, XmlWalker.Broken broken, TcxHandler handler, int activityElements) {
        if (broken != null) {
            return UnreadableFileException.atLine(source, UnreadableFileException.Kind.CORRUPT_DATA,
                    "malformed XML before any trackpoint could be read: " + broken.message(), broken.line());
        }
        String reason;
        if (activityElements > 0) {
            reason = "its activities hold no trackpoint with a time";
        } else if (handler.sawCourse) {
            reason = "a TCX course (a planned route), not a recorded activity";
        } else if (handler.sawWorkout) {
            reason = "a TCX workout (a training plan), not a recorded activity";
        } else if (handler.sawHistory) {
            reason = "TCX version 1 (History) is not read; export the activity as TCX v2 or FIT";
        } else {
            reason = "a TCX file without any Activity";
        }
        return new UnreadableFileException(source, UnreadableFileException.Kind.NO_ACTIVITY, reason);
    }
}
