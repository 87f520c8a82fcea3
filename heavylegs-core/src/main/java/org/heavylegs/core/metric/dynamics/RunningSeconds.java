package org.heavylegs.core.metric.dynamics;

import org.heavylegs.core.metric.RunSeries;

/**
 * Which seconds are running rather than walking or standing, for averages of running dynamics:
 * not slower than {@link #MIN_SPEED_M_S} and not below {@link #MIN_CADENCE_SPM} where those are known.
 */
final class RunningSeconds {
    /** Slower than this is walking or standing [heuristic; brisk walking is about 1.4-1.7 m/s]. */
    static final double MIN_SPEED_M_S = 1.5;
    /** Fewer steps per minute than this is walking [heuristic; Garmin's lowest running band starts
     *  below 153 spm (SCIENCE.md 9.1), walking is typically 100-125 spm]. */
    static final double MIN_CADENCE_SPM = 130;

    private RunningSeconds() {
    }

    static boolean[] of(RunSeries s) {
        double[] v = s.speed();
        double[] c = s.cadence();
        boolean[] running = new boolean[s.size()];
        for (int k = 0; k < running.length; k++) {
            running[k] = !(v[k] < MIN_SPEED_M_S) && !(c[k] < MIN_CADENCE_SPM);
        }
        return running;
    }

    /** Mean of a channel over running seconds where it has a value; NaN when none. */
    static double mean(double[] channel, boolean[] running) {
        double sum = 0;
        int count = 0;
        for (int k = 0; k < channel.length; k++) {
            if (running[k] && !Double.isNaN(channel[k])) {
                sum += channel[k];
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** Running seconds where a channel has a value. */
    static int count(double[] channel, boolean[] running) {
        int count = 0;
        for (int k = 0; k < channel.length; k++) {
            if (running[k] && !Double.isNaN(channel[k])) {
                count++;
            }
        }
        return count;
    }
}
