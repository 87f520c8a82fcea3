package org.heavylegs.sim.run;

/**
 * One part of a planned run: a kind, a target speed and a length in seconds or in metres (the
 * other is NaN). Pauses and stands have speed 0 and a length in seconds.
 */
public record Segment(SegmentKind kind, double seconds, double meters, double speedMps) {

    public static Segment forTime(SegmentKind kind, double seconds, double speedMps) {
        return new Segment(kind, seconds, Double.NaN, speedMps);
    }

    public static Segment forDistance(SegmentKind kind, double meters, double speedMps) {
        return new Segment(kind, Double.NaN, meters, speedMps);
    }

    public static Segment pause(double seconds) {
        return new Segment(SegmentKind.PAUSE, seconds, Double.NaN, 0);
    }

    public static Segment stand(double seconds) {
        return new Segment(SegmentKind.STAND, seconds, Double.NaN, 0);
    }

    /** Planned duration in seconds at the target speed (pauses included). */
    public double plannedSeconds() {
        if (!Double.isNaN(seconds)) {
            return seconds;
        }
        return speedMps > 0 ? meters / speedMps : 0;
    }

    public boolean moving() {
        return kind != SegmentKind.PAUSE && kind != SegmentKind.STAND;
    }
}
