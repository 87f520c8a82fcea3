package org.heavylegs.sim.run;

import java.util.SplittableRandom;

/**
 * Heart rate from effort: a steady state from the grade-adjusted speed relative to threshold, a
 * first-order approach to it, cardiac drift growing with time and heat, and a rise with the body
 * mass lost to sweat.
 */
final class HeartModel {
    /**
     * Steady-state heart-rate-reserve fraction = SLOPE x (speed / threshold speed) + INTERCEPT, so that
     * threshold speed sits at 87 % of reserve and easy running (75 % of threshold speed) near 65 %
     * [heuristic, consistent with LTHR at ~85 % of reserve, SCIENCE.md 10.2].
     */
    static final double SLOPE = 0.88;
    static final double INTERCEPT = -0.01;
    /** Reserve fraction while standing still in the middle of a run [heuristic]. */
    static final double STANDING = 0.22;
    /** Time constants of heart-rate kinetics: ~2-4 min to plateau (SCIENCE.md 6.2) [heuristic values]. */
    static final double TAU_UP_S = 25;
    static final double TAU_DOWN_S = 40;
    /**
     * Cardiac drift per hour after the first 10 minutes (Coyle & Gonzalez-Alonso 2001): 1.5 %/h in cool
     * air, +0.25 %/h per degree above 15 C, which gives ~6 %/h at 33 C, near the euhydrated heat data of
     * Gonzalez-Alonso et al. 1997 [heuristic fit].
     */
    static final double DRIFT_PER_H = 0.015;
    static final double DRIFT_PER_H_PER_DEGREE = 0.0025;
    static final double DRIFT_FREE_S = 600;
    /** About 3 bpm more per 1 % of body mass lost (Adams et al. 2014, as recalled in SCIENCE.md 1.1). */
    static final double BPM_PER_PERCENT_MASS_LOSS = 3.0;

    private final double rest;
    private final double reserve;
    private final double max;
    private final double driftPerH;
    private final SplittableRandom rnd;
    private double hr;
    private double noise;

    HeartModel(RunnerProfile runner, double temperatureC, SplittableRandom rnd) {
        this.rest = runner.hrRest();
        this.max = runner.hrMax();
        this.reserve = runner.hrMax() - runner.hrRest();
        this.driftPerH = DRIFT_PER_H + DRIFT_PER_H_PER_DEGREE * Math.max(0, temperatureC - 15);
        this.rnd = rnd;
        this.hr = rest + 18 + 4 * rnd.nextDouble(); // standing at the start, a little excited
    }

    static double steadyReserveFraction(double relativeSpeed) {
        return Math.max(STANDING, Math.min(1.0, SLOPE * relativeSpeed + INTERCEPT));
    }

    /**
     * One second.
     *
     * @param relativeSpeed   grade-adjusted speed / threshold speed; 0 when standing
     * @param movingS         seconds of running so far
     * @param massLossPercent body mass lost to sweat so far, percent
     * @return the heart rate to record
     */
    double step(double relativeSpeed, double movingS, double massLossPercent) {
        double target = rest + steadyReserveFraction(relativeSpeed) * reserve;
        target *= 1 + driftPerH * Math.max(0, movingS - DRIFT_FREE_S) / 3600.0;
        target += BPM_PER_PERCENT_MASS_LOSS * Math.max(0, massLossPercent);
        target = Math.min(target, max);
        hr += (target - hr) * (1 - Math.exp(-1.0 / (target > hr ? TAU_UP_S : TAU_DOWN_S)));
        noise = 0.9 * noise + 0.5 * rnd.nextGaussian();
        return Math.min(max + 2, hr + noise);
    }

    /** Heart rate falling while the timer is stopped. */
    void rest(double seconds) {
        double target = rest + STANDING * reserve;
        hr = target + (hr - target) * Math.exp(-seconds / TAU_DOWN_S);
    }

    double reserveFraction(double heartRate) {
        return (heartRate - rest) / reserve;
    }
}
