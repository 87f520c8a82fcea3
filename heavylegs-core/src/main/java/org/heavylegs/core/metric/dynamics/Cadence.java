package org.heavylegs.core.metric.dynamics;

import java.util.List;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Mean running cadence, steps per minute (both feet), over the seconds spent running (walking and
 * standing left out, see {@link RunningSeconds}). Garmin's population bands (SCIENCE.md 9.1,
 * confirmed): above 183 spm top 5 %, 174-183, 164-173, 153-163, below 153 bottom 5 %; taller runners
 * step less often. Percentiles, not targets (Heiderscheit 2011 showed +5-10 % steps reduce joint load).
 */
public final class Cadence implements Metric {
    public static final String KEY = "cadence_spm";
    /** At least this many running seconds with a value [heuristic]. */
    static final int MIN_SECONDS = 60;

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    public String needs() {
        return "cadence while running";
    }

    @Override
    public Outcome compute(MetricContext context) {
        RunSeries s = context.series();
        boolean[] running = RunningSeconds.of(s);
        double[] x = s.cadence();
        if (RunningSeconds.count(x, running) < MIN_SECONDS) {
            return Outcome.notApplicable("needs cadence for at least a minute of running");
        }
        return Outcome.values().with(KEY, RunningSeconds.mean(x, running));
    }
}
