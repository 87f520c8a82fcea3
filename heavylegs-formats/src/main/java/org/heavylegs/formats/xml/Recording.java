package org.heavylegs.formats.xml;

import java.util.Arrays;
import java.util.BitSet;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;
import org.heavylegs.core.activity.StreamsBuilder;

/**
 * The samples of one TCX activity or GPX track while it is being read: each trackpoint's values
 * are gathered first and become a sample when the trackpoint closes (so element order inside a
 * trackpoint does not matter). Times are absolute epoch seconds until the activity is assembled.
 * Also remembers where each Track (TCX) or trkseg (GPX) began, and where cadence came from.
 */
final class Recording {
    private static final Channel[] CHANNELS = Channel.values();

    private final ReadNotes notes;
    private final StreamsBuilder samples = new StreamsBuilder();
    private final BitSet segmentStarts = new BitSet();
    private final double[] point = new double[CHANNELS.length];
    private boolean segmentPending = true;
    private boolean inPoint;
    private double pointTime = Double.NaN;
    private boolean pointHasPerLegCadence;
    private int perLegCadencePoints;
    private int otherCadencePoints;

    Recording(ReadNotes notes) {
        this.notes = notes;
    }

    /** A new Track or trkseg begins: its first sample will be marked. */
    void beginSegment() {
        segmentPending = true;
    }

    void beginPoint() {
        inPoint = true;
        pointTime = Double.NaN;
        pointHasPerLegCadence = false;
        Arrays.fill(point, Double.NaN);
    }

    boolean inPoint() {
        return inPoint;
    }

    void time(double epochSeconds) {
        pointTime = epochSeconds;
    }

    void set(Channel channel, double value) {
        if (channel == Channel.CADENCE_SPM) {
            throw new IllegalArgumentException("use perLegCadence or cadenceOfUnknownUnit");
        }
        point[channel.ordinal()] = value;
    }

    /** A cadence the format defines as one foot's (TCX RunCadence); it wins over any other cadence. */
    void perLegCadence(double value) {
        if (!Double.isNaN(value)) {
            point[Channel.CADENCE_SPM.ordinal()] = value;
            pointHasPerLegCadence = true;
        }
    }

    /** A cadence whose unit depends on sport and producer (TCX Cadence, GPX cad); see {@link Cadences}. */
    void cadenceOfUnknownUnit(double value) {
        if (!Double.isNaN(value) && !pointHasPerLegCadence) {
            point[Channel.CADENCE_SPM.ordinal()] = value;
        }
    }

    /** Closes the trackpoint; one without a time is counted and skipped. */
    void endPoint() {
        inPoint = false;
        if (Double.isNaN(pointTime)) {
            notes.count("trackpoints without a time, skipped", null);
            return;
        }
        checkPosition();
        if (repeatsLastSample()) {
            // A segment that opens with the previous point again resumed without a gap.
            segmentPending = false;
            return;
        }
        samples.newSample(pointTime);
        for (Channel c : CHANNELS) {
            samples.set(c, point[c.ordinal()]);
        }
        if (!Double.isNaN(point[Channel.CADENCE_SPM.ordinal()])) {
            if (pointHasPerLegCadence) {
                perLegCadencePoints++;
            } else {
                otherCadencePoints++;
            }
        }
        if (segmentPending) {
            segmentStarts.set(samples.size() - 1);
            segmentPending = false;
        }
    }

    /**
     * Garmin's TCX export repeats a lap's closing trackpoint as the next lap's first, same time and
     * same values (corpus: heartandsole testdata.tcx at every lap start); its GPX of the same run
     * has it once. Such an exact repeat carries nothing and is dropped without a warning; a repeated
     * time with different values is kept for the cleaning rules to judge.
     */
    private boolean repeatsLastSample() {
        if (samples.size() == 0 || samples.lastTime() != pointTime) {
            return false;
        }
        for (Channel c : CHANNELS) {
            if (Double.compare(samples.get(c), point[c.ordinal()]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** A position needs both coordinates, each within its range; otherwise neither is kept. */
    private void checkPosition() {
        int la = Channel.LATITUDE_DEG.ordinal();
        int lo = Channel.LONGITUDE_DEG.ordinal();
        if (Double.isNaN(point[la]) && Double.isNaN(point[lo])) {
            return;
        }
        if (!(Math.abs(point[la]) <= 90) || !(Math.abs(point[lo]) <= 180)) {
            notes.count("positions incomplete or out of range, left missing",
                    point[la] + ", " + point[lo]);
            point[la] = Double.NaN;
            point[lo] = Double.NaN;
        }
    }

    int size() {
        return samples.size();
    }

    /** Samples so far, time in absolute epoch seconds, cadence as read (not yet steps per minute). */
    Streams raw() {
        return samples.build();
    }

    /** Indexes of the samples that opened a Track or trkseg. */
    BitSet segmentStarts() {
        return segmentStarts;
    }

    int perLegCadencePoints() {
        return perLegCadencePoints;
    }

    int otherCadencePoints() {
        return otherCadencePoints;
    }
}
