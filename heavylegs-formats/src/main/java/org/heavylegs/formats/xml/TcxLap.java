package org.heavylegs.formats.xml;

/** One TCX Lap as the file states it; NaN where the file is silent. Times are epoch seconds. */
final class TcxLap {
    double startEpochS = Double.NaN;
    double timerS = Double.NaN;
    double distanceM = Double.NaN;
    double avgHeartRateBpm = Double.NaN;
    double maxHeartRateBpm = Double.NaN;
    double kcal = Double.NaN;
    /** The lap's Cadence element: unit as for {@link Cadences}. */
    double cadence = Double.NaN;
    /** ActivityExtension v2 LX: one foot per minute. */
    double avgRunCadence = Double.NaN;
    double avgSpeedMS = Double.NaN;
    double avgWatts = Double.NaN;
    /** Index of the lap's first sample in the activity (equal to the next lap's when it has none). */
    int firstSample;
}
