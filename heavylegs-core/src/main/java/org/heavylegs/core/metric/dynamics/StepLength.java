package org.heavylegs.core.metric.dynamics;

import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Mean step length while running, metres: the device's step-length channel when it has one, else
 * distance over steps, i.e. the sum of speed over the sum of cadence/60 across running seconds.
 * A step is one foot's contact to the other's (Garmin calls it stride length; SCIENCE.md 9.2).
 * Longer steps at a given speed raise patellofemoral load per step (Willson 2014, Clin Biomech 29:243).
 */
public final class StepLength extends RunningMeanMetric {
    public static final String KEY = "step_length_m";

    public StepLength() {
        super(KEY, "a step-length channel, or speed and cadence, for at least a minute of running",
                "needs a step-length channel, or speed and cadence, for at least a minute of running");
    }

    @Override
    double[] channel(RunSeries s) {
        return s.stepLengthM();
    }

    /** Without the channel: distance over steps, the sum of speed over the sum of cadence/60. */
    @Override
    Outcome fallback(RunSeries s, boolean[] running) {
        double metres = 0;
        double steps = 0;
        int seconds = 0;
        double[] v = s.speed();
        double[] c = s.cadence();
        for (int k = 0; k < running.length; k++) {
            if (running[k] && !Double.isNaN(v[k]) && c[k] > 0) {
                metres += v[k];
                steps += c[k] / 60;
                seconds++;
            }
        }
        if (seconds < MIN_SECONDS) {
            return notApplicable();
        }
        return Outcome.values().with(KEY, metres / steps);
    }

    /** Step length of one second: the channel's value, else speed over steps per second; NaN when unknown. */
    static double at(RunSeries s, int k) {
        double sl = s.stepLengthM()[k];
        if (!Double.isNaN(sl)) {
            return sl;
        }
        double c = s.cadence()[k];
        return c > 0 ? s.speed()[k] / (c / 60) : Double.NaN;
    }
}
