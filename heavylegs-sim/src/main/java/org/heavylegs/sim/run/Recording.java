package org.heavylegs.sim.run;

/**
 * What a runner's devices record. A wrist watch gives position, barometric altitude, wrist heart
 * rate, cadence and its own (body-warmed) temperature; a chest strap adds running dynamics and RR
 * intervals; a foot pod adds power and, Stryd style, ambient temperature and humidity.
 */
public record Recording(boolean gps, boolean dynamics, boolean rr, boolean footPod) {
    public static final Recording WATCH = new Recording(true, false, false, false);
    public static final Recording WATCH_AND_STRAP = new Recording(true, true, true, false);
    public static final Recording WATCH_STRAP_AND_POD = new Recording(true, true, true, true);
    public static final Recording WATCH_AND_POD = new Recording(true, false, false, true);
}
