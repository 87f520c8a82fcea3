package org.heavylegs.core.metric.dynamics;

import org.heavylegs.core.metric.RunSeries;

/**
 * Mean running cadence, steps per minute (both feet), over the seconds spent running (walking and
 * standing left out, see {@link RunningSeconds}). Garmin's population bands (SCIENCE.md 9.1,
 * confirmed): above 183 spm top 5 %, 174-183, 164-173, 153-163, below 153 bottom 5 %; taller runners
 * step less often. Percentiles, not targets (Heiderscheit 2011 showed +5-10 % steps reduce joint load).
 */
public final class Cadence extends RunningMeanMetric {
    public static final String KEY = "cadence_spm";

    public Cadence() {
        super(KEY, "cadence while running",
                "needs cadence for at least a minute of running");
    }

    @Override
    double[] channel(RunSeries s) {
        return s.cadence();
    }
}
