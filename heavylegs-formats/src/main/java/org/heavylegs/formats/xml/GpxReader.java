package org.heavylegs.formats.xml;

import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.formats.ActivityReader;
import org.heavylegs.formats.UnreadableFileException;

/**
 * GPX tracks, streamed with the JDK's StAX parser (never a DOM), hardened as {@link XmlWalker}
 * says. One {@link Activity} per trk that holds timed points.
 *
 * <ul>
 *   <li>Samples: trkpt lat/lon/ele/time and the extension values {@link GpxHandler} lists. GPX has
 *       no distance column: distance comes from the positions (Totals sums great-circle steps).</li>
 *   <li>Sport: trk/type when it names one ({@link SportNames}); never guessed from a name, so a GPX
 *       without type is "generic".</li>
 *   <li>Cadence: Garmin's cad counts one foot for running; see {@link Cadences}.</li>
 *   <li>Pauses: the clock gap between one trkseg and the next ({@link TimerPauses}, rule 1).</li>
 *   <li>No device summary: GPX carries no session totals. The creator attribute (the producing
 *       app or device) is kept as the device's product.</li>
 * </ul>
 * Routes (rte) and waypoints are plans, not recordings: a GPX with only those is refused.
 */
public final class GpxReader implements ActivityReader {
    private static final String ROOT = "gpx";

    @Override
    public boolean recognizes(byte[] data) {
        return ROOT.equals(XmlProlog.rootLocalName(data));
    }

    @Override
    public List<Activity> read(String source, byte[] data) throws UnreadableFileException {
        GpxHandler handler = new GpxHandler();
        XmlWalker.Broken broken = XmlWalker.walk(source, data, handler);
        List<GpxTrack> tracks = handler.finish();
        List<String> fileNotes = broken == null ? List.of() : List.of(TcxReader.brokenNote(broken));
        List<Activity> activities = new ArrayList<>();
        for (GpxTrack track : tracks) {
            Activity a = track.assemble(source, handler.creator, fileNotes);
            if (a != null) {
                activities.add(a);
            }
        }
        if (!activities.isEmpty()) {
            return activities;
        }
        if (broken != null) {
            throw UnreadableFileException.atLine(source, UnreadableFileException.Kind.CORRUPT_DATA,
                    "malformed XML before any track point could be read: " + broken.message(), broken.line());
        }
        String reason;
        if (!tracks.isEmpty()) {
            reason = "its tracks hold no point with a time";
        } else if (handler.sawRoute) {
            reason = "a GPX route (a planned course, rte), not a recorded track";
        } else if (handler.sawWaypoint) {
            reason = "a GPX with waypoints only, not a recorded track";
        } else {
            reason = "a GPX without any track";
        }
        throw new UnreadableFileException(source, UnreadableFileException.Kind.NO_ACTIVITY, reason);
    }
}
