package org.heavylegs.sim.run;

/** The parts a planned run is made of. */
public enum SegmentKind {
    /** Easy running whose speed ramps up from 80 % to 100 % of the segment speed. */
    WARMUP,
    STEADY,
    WORK,
    RECOVERY,
    COOLDOWN,
    /** Timer stopped (auto-pause): no samples are recorded. */
    PAUSE,
    /** Standing with the timer running (a traffic light, a drink). */
    STAND
}
