package org.heavylegs.formats.xml;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.Lap;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.Streams;

/** One TCX Activity element while it is read, and its assembly into an {@link Activity}. */
final class TcxActivity extends RecordedElement {

    /** The FIT epoch, 1989-12-31T00:00:00Z, in Unix seconds (FIT protocol, date_time type). */
    static final double FIT_EPOCH_UNIX_S = 631_065_600;
    /**
     * FIT date_time values below 0x10000000 are the device's clock since power-up, not a date (FIT
     * protocol, date_time type). Garmin Connect writes such times into TCX as dates in 1989-1998
     * (corpus: connectstats activity_217470507.tcx, a Garmin Swim). Times before this are taken as
     * such a clock, and the activity's Id, when it is a real date, gives the start instead.
     */
    static final double DEVICE_CLOCK_LIMIT_UNIX_S = FIT_EPOCH_UNIX_S + 0x10000000L;

    final List<TcxLap> laps = new ArrayList<>();
    final String sportAttribute;
    double idEpochS = Double.NaN;
    String creatorName;

    TcxActivity(String sportAttribute) {
        this.sportAttribute = sportAttribute;
    }

    TcxLap beginLap(double startEpochS) {
        TcxLap lap = new TcxLap();
        lap.startEpochS = startEpochS;
        lap.firstSample = recording.size();
        laps.add(lap);
        return lap;
    }

    /** The activity, or null when it holds no trackpoint with a time. */
    Activity assemble(String source, List<String> fileNotes) {
        if (recording.size() == 0) {
            return null;
        }
        Streams raw = recording.raw();
        double[] abs = raw.time();
        double firstPoint = min(abs);
        double start = !laps.isEmpty() && !Double.isNaN(laps.get(0).startEpochS) ? laps.get(0).startEpochS : idEpochS;
        if (Double.isNaN(start) || start > firstPoint) {
            start = firstPoint;
        }
        double startInstant = start;
        if (firstPoint < DEVICE_CLOCK_LIMIT_UNIX_S && idEpochS >= DEVICE_CLOCK_LIMIT_UNIX_S) {
            startInstant = idEpochS;
            notes.note("times are the device's clock since power-up, not dates (" + Instant.ofEpochSecond((long) firstPoint)
                    + "); start taken from the activity Id " + Instant.ofEpochSecond((long) idEpochS));
        }
        double[] t = new double[abs.length];
        for (int i = 0; i < abs.length; i++) {
            t[i] = abs[i] - start;
        }
        SportNames.Sport sport = SportNames.tcx(sportAttribute, notes);
        boolean running = "running".equals(sport.sport());
        double[] cadence = raw.get(Channel.CADENCE_SPM);
        double cadenceFactor = Cadences.factor(cadence, recording.perLegCadencePoints(),
                recording.otherCadencePoints(), running, notes);
        Streams streams = raw.withTime(t).with(Channel.CADENCE_SPM, Cadences.scaled(cadence, cadenceFactor));

        List<TimerPauses.LapSpan> spans = new ArrayList<>();
        List<Lap> lapList = new ArrayList<>();
        for (int k = 0; k < laps.size(); k++) {
            TcxLap lap = laps.get(k);
            int end = k + 1 < laps.size() ? laps.get(k + 1).firstSample : t.length;
            double lapStart = !Double.isNaN(lap.startEpochS) ? lap.startEpochS - start
                    : lap.firstSample < end ? t[lap.firstSample] : Double.NaN;
            double nextStart = k + 1 < laps.size() && !Double.isNaN(laps.get(k + 1).startEpochS)
                    ? laps.get(k + 1).startEpochS - start : Double.NaN;
            boolean last = k + 1 == laps.size();
            double wall = !last ? nextStart - lapStart
                    : lap.firstSample < end ? t[end - 1] - lapStart : Double.NaN;
            spans.add(new TimerPauses.LapSpan(lap.firstSample, end, lapStart, wall, lap.timerS));
            double elapsed = last && !Double.isNaN(lap.timerS) ? Math.max(wallOrZero(wall), lap.timerS) : wall;
            lapList.add(new Lap(lapStart, elapsed, lap.timerS, lap.distanceM, lap.avgHeartRateBpm));
        }
        List<Pause> pauses = TimerPauses.infer(t, recording.segmentStarts(), spans, notes);

        List<String> warnings = new ArrayList<>(notes.lines());
        warnings.addAll(fileNotes);
        return new Activity(source, SourceFormat.TCX, sport.sport(), sport.subSport(), instant(startInstant), streams,
                lapList, pauses, new double[0], LapTotals.of(laps, cadenceFactor),
                creatorName == null ? Device.UNKNOWN : new Device(null, creatorName), warnings);
    }

    private static double wallOrZero(double wall) {
        return Double.isNaN(wall) ? 0 : wall;
    }

    static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    /** The instant to the millisecond (a double of epoch seconds carries about 0.2 microseconds). */
    static Instant instant(double epochSeconds) {
        return Instant.ofEpochMilli(Math.round(epochSeconds * 1000));
    }
}
