package org.heavylegs.sim.history;

/** Which wellness.csv columns an athlete fills in (a watch gives some, a diary the others). */
public record WellnessColumns(boolean restingHr, boolean hrv, boolean sleep, boolean bodyMass, boolean scales) {
    public static final WellnessColumns ALL = new WellnessColumns(true, true, true, true, true);
    /** What a watch with sleep tracking gives without a diary. */
    public static final WellnessColumns WATCH_ONLY = new WellnessColumns(true, true, true, false, false);
}
