package org.heavylegs.core.metric.warmup;

import java.util.List;
import java.util.Locale;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;

/**
 * Warm-up length and quality from the start of the run (SCIENCE.md 6.2 [heuristic algorithm], see
 * {@link WarmupShape}), plus any warm-up the runner logged in runs.csv but did not record.
 * <ul>
 *   <li>{@code warmup_min}: minutes at warm-up intensity before the main part (0 on a cold start);</li>
 *   <li>{@code warmup_quality}: "none" on a cold start (HRr 0.75 or 95 % of main-set speed within
 *       3 min), "adequate" from 10 min of warm-up (SCIENCE.md 6.3: 10-15 min easy [heuristic,
 *       consistent with Bishop 2003, Sports Med 33:439 and 33:483]), else "short".</li>
 * </ul>
 * An easy run started at its easy pace counts as its own warm-up. Evidence that a missing warm-up
 * causes heavy legs in the first km is grade C (SCIENCE.md 6.1).
 */
public final class Warmup implements Metric {
    public static final String KEY_MIN = "warmup_min";
    public static final String KEY_QUALITY = "warmup_quality";
    public static final String NONE = "none";
    public static final String SHORT = "short";
    public static final String ADEQUATE = "adequate";
    /** SCIENCE.md 6.3: 10-15 min easy; from 10 min the warm-up counts as adequate [heuristic]. */
    public static final double ADEQUATE_FROM_MIN = 10.0;

    @Override
    public List<String> keys() {
        return List.of(KEY_MIN, KEY_QUALITY);
    }

    @Override
    public String needs() {
        return "heart rate or speed over a run of at least 15 min";
    }

    @Override
    public Outcome compute(MetricContext context) {
        WarmupShape shape = WarmupShape.of(context.series(), context.physiology());
        if (shape.reason != null) {
            return Outcome.notApplicable(shape.reason);
        }
        double logged = context.run().map(RunLogEntry::warmupMin)
                .filter(m -> m != null && m >= 0 && m <= 180).orElse(0.0);
        double minutes = shape.warmupS / 60 + logged;
        String quality = minutes >= ADEQUATE_FROM_MIN ? ADEQUATE
                : shape.coldStart && logged == 0 ? NONE : SHORT;
        Outcome o = Outcome.values().with(KEY_MIN, minutes).with(KEY_QUALITY, quality);
        if (logged > 0) {
            o.note(String.format(Locale.ROOT, "warm-up includes %.0f min logged in runs.csv", logged));
        }
        return o;
    }
}
