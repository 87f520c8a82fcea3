package org.heavylegs.core.metric;

import java.util.Optional;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.athlete.Physiology;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.metric.dynamics.CadenceSpeedLine;

/**
 * Everything a metric may use for one activity: the activity, the athlete's resolved physiology,
 * the runs.csv row of this run (if any) and history input (the athlete's own cadence-speed line,
 * if fitted). The one-second moving-time series is built once, on first use.
 */
public final class MetricContext {
    private final Activity activity;
    private final Physiology physiology;
    private final RunLogEntry run;
    private final CadenceSpeedLine cadenceLine;
    private RunSeries series;

    /**
     * @param run         the runs.csv row of this run, or null
     * @param cadenceLine the athlete's cadence-speed line from earlier runs, or null
     */
    public MetricContext(Activity activity, Physiology physiology, RunLogEntry run, CadenceSpeedLine cadenceLine) {
        this.activity = activity;
        this.physiology = physiology;
        this.run = run;
        this.cadenceLine = cadenceLine;
    }

    public static MetricContext of(Activity activity, Physiology physiology) {
        return new MetricContext(activity, physiology, null, null);
    }

    public Activity activity() {
        return activity;
    }

    public Physiology physiology() {
        return physiology;
    }

    public Optional<RunLogEntry> run() {
        return Optional.ofNullable(run);
    }

    public Optional<CadenceSpeedLine> cadenceLine() {
        return Optional.ofNullable(cadenceLine);
    }

    /** The moving part on a one-second grid (built on first use). */
    public RunSeries series() {
        if (series == null) {
            series = RunSeries.of(activity, physiology.hrMax());
        }
        return series;
    }

    /**
     * Whether running metrics apply: the sport is running, or the file names no sport ("generic",
     * as many GPX tracks), which is then treated as running and said so in the notes.
     */
    public boolean isRunning() {
        return treatAsRunning(activity);
    }

    /** The sport rule of {@link #isRunning()} for any activity. */
    public static boolean treatAsRunning(Activity activity) {
        return activity.isRunning() || GENERIC_SPORT.equals(activity.sport());
    }

    /** The sport of a file that names none. */
    public static final String GENERIC_SPORT = "generic";
}
