package org.heavylegs.sim.run;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Beat-to-beat (RR) intervals following the heart rate, with the small beat-to-beat variability
 * of running (rMSSD of a few ms during exercise [heuristic]); recorded while the timer runs.
 */
final class RrRecorder {
    /** Relative beat-to-beat noise during running [heuristic: gives an rMSSD of about 5-8 ms at 150 bpm]. */
    static final double RELATIVE_NOISE = 0.012;

    private final SplittableRandom rnd;
    private double[] rr = new double[4096];
    private int size;
    private double clock;

    RrRecorder(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    /** Adds the beats of one second of running at heart rate hr, starting at elapsed time t. */
    void second(double t, double hr) {
        if (clock < t) {
            clock = t; // after a pause, beats start again
        }
        while (clock < t + 1) {
            double interval = 60.0 / Math.max(30, hr) * (1 + RELATIVE_NOISE * rnd.nextGaussian());
            if (size == rr.length) {
                rr = Arrays.copyOf(rr, size * 2);
            }
            rr[size++] = Math.rint(interval * 1000) / 1000; // millisecond resolution, like the chest strap
            clock += interval;
        }
    }

    double[] intervals() {
        return Arrays.copyOf(rr, size);
    }
}
