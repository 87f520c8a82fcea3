package org.heavylegs.formats.xml;

import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.Streams;

/** One GPX trk while it is read, and its assembly into an {@link Activity}. */
final class GpxTrack extends RecordedElement {
    String type;

    /** The activity, or null when the track holds no point with a time. */
    Activity assemble(String source, String creator, List<String> fileNotes) {
        if (recording.size() == 0) {
            return null;
        }
        Streams raw = recording.raw();
        double[] abs = raw.time();
        double start = TcxActivity.min(abs);
        double[] t = new double[abs.length];
        for (int i = 0; i < abs.length; i++) {
            t[i] = abs[i] - start;
        }
        SportNames.Sport sport = SportNames.gpx(type, creator, notes);
        double[] cadence = raw.get(Channel.CADENCE_SPM);
        double factor = Cadences.factor(cadence, recording.perLegCadencePoints(), recording.otherCadencePoints(),
                "running".equals(sport.sport()), notes);
        Streams streams = raw.withTime(t).with(Channel.CADENCE_SPM, Cadences.scaled(cadence, factor));
        var pauses = TimerPauses.infer(t, recording.segmentStarts(), List.of(), notes);
        List<String> warnings = new ArrayList<>(notes.lines());
        warnings.addAll(fileNotes);
        return new Activity(source, SourceFormat.GPX, sport.sport(), sport.subSport(), TcxActivity.instant(start),
                streams, List.of(), pauses, new double[0], DeviceSummary.NONE,
                creator == null || creator.isBlank() ? Device.UNKNOWN : new Device(null, creator.trim()), warnings);
    }
}
