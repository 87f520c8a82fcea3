package org.heavylegs.core.activity;

/**
 * One lap as the device recorded it. Times are seconds relative to the activity's start;
 * values the file does not give are NaN.
 */
public record Lap(double startS, double elapsedS, double timerS, double distanceM, double avgHeartRateBpm) {
}
