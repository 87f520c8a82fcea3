package org.heavylegs.core.metric.dynamics;

import java.util.List;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * What the running-dynamics metrics share: the mean of one channel over the seconds spent running
 * ({@link RunningSeconds}: walking and standing left out) when at least {@link #MIN_SECONDS} of them
 * have a value; otherwise the metric's other way to the value ({@link #fallback}), if it has one.
 */
abstract class RunningMeanMetric implements Metric {
    /** At least this many running seconds with a value [heuristic]. */
    static final int MIN_SECONDS = 60;

    private final String key;
    private final String needs;
    private final String missing;

    /**
     * @param missing the reason when the metric is not applicable
     */
    RunningMeanMetric(String key, String needs, String missing) {
        this.key = key;
        this.needs = needs;
        this.missing = missing;
    }

    @Override
    public final List<String> keys() {
        return List.of(key);
    }

    @Override
    public final String needs() {
        return needs;
    }

    @Override
    public final Outcome compute(MetricContext context) {
        RunSeries s = context.series();
        boolean[] running = RunningSeconds.of(s);
        double[] x = channel(s);
        if (RunningSeconds.count(x, running) >= MIN_SECONDS) {
            return Outcome.values().with(key, RunningSeconds.mean(x, running));
        }
        return fallback(s, running);
    }

    /** The channel whose running mean is the metric. */
    abstract double[] channel(RunSeries s);

    /** When the channel has too few running seconds: not applicable, unless the metric can derive the value. */
    Outcome fallback(RunSeries s, boolean[] running) {
        return notApplicable();
    }

    final Outcome notApplicable() {
        return Outcome.notApplicable(missing);
    }
}
