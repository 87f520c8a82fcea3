package org.heavylegs.core.metric.load;

import java.util.List;
import java.util.Locale;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;

/**
 * Session-RPE load (Foster C et al. J Strength Cond Res 2001;15:109-115; SCIENCE.md 10.1, confirmed):
 * the runner's rating of the whole session on the CR-10 scale times its duration in minutes
 * (timer time, pauses excluded). The rating comes from runs.csv.
 */
public final class SessionRpeLoad implements Metric {
    public static final String KEY = "session_rpe_load";
    /** The CR-10 scale runs from 0 to 10 (Foster 2001). */
    static final double RPE_MAX = 10;

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    public String needs() {
        return "rpe in this run's runs.csv row";
    }

    @Override
    public boolean runningOnly() {
        return false;
    }

    @Override
    public Outcome compute(MetricContext context) {
        Double rpe = context.run().map(RunLogEntry::rpe).orElse(null);
        if (rpe == null) {
            return Outcome.notApplicable("needs rpe in this run's runs.csv row");
        }
        if (!(rpe >= 0 && rpe <= RPE_MAX)) {
            return Outcome.notApplicable(String.format(Locale.ROOT, "rpe %s is outside the CR-10 scale 0-10", rpe));
        }
        double minutes = Totals.of(context.activity()).timerS() / 60;
        if (!(minutes > 0)) {
            return Outcome.notApplicable("the activity has no duration");
        }
        return Outcome.values().with(KEY, rpe * minutes);
    }
}
