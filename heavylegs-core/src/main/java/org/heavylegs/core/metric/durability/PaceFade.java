package org.heavylegs.core.metric.durability;

import java.util.List;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Pace fade at constant heart rate (SCIENCE.md 7.1): the efficiency factor (grade-adjusted speed per
 * beat) of the last third of the steady part against its first third,
 * <pre>pace_fade_pct = (EF_last_third / EF_first_third - 1) x 100</pre>
 * over the same steady part as decoupling (after minute 10, moving, steady). Negative means the
 * runner got slower for the same heart rate; SCIENCE.md 7.1 reads below -5 % as fatigue [heuristic].
 */
public final class PaceFade extends SteadyPartMetric {
    public static final String KEY = "pace_fade_pct";
    /** SCIENCE.md 7.1: a fade beyond this is a fatigue sign [heuristic]. */
    public static final double FATIGUE_BELOW_PCT = -5.0;

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    Outcome compute(RunSeries s, SteadyPart part) {
        double first = part.efficiency(s, 0, part.atShareOfTime(1 / 3.0));
        double last = part.efficiency(s, part.atShareOfTime(2 / 3.0), part.size());
        return Outcome.values().with(KEY, (last / first - 1) * 100);
    }
}
