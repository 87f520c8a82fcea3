package org.heavylegs.core.metric.dynamics;

import java.util.List;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Mean step length while running, metres: the device's step-length channel when it has one, else
 * distance over steps, i.e. the sum of speed over the sum of cadence/60 across running seconds.
 * A step is one foot's contact to the other's (Garmin calls it stride length; SCIENCE.md 9.2).
 * Longer steps at a given speed raise patellofemoral load per step (Willson 2014, Clin Biomech 29:243).
 */
public final class StepLength implements Metric {
    public static final String KEY = "step_length_m";
    static final int MIN_SECONDS = 60;

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    public String needs() {
        return "a step-length channel, or speed and cadence, for at least a minute of running";
    }

    @Override
    public Outcome compute(MetricContext context) {
        RunSeries s = context.series();
        boolean[] running = RunningSeconds.of(s);
        if (RunningSeconds.count(s.stepLengthM(), running) >= MIN_SECONDS) {
            return Outcome.values().with(KEY, RunningSeconds.mean(s.stepLengthM(), running));
        }
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
            return Outcome.notApplicable("needs a step-length channel, or speed and cadence, for at least a minute of running");
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
