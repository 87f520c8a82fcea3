package org.heavylegs.core.metric.dynamics;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;

/**
 * Cadence at speed against the athlete's own line ({@link CadenceSpeedLine}, fitted on earlier runs):
 * the mean over this run's steady one-minute segments of (cadence - predicted) / predicted x 100.
 * Negative means fewer, longer steps than usual at that speed: SCIENCE.md 9.3 proxy 1 flags segments
 * more than 5 % below the athlete's own prediction (together with step length more than 5 % above)
 * as a possible overstriding sign [heuristic]. Only segments within the speed range the line was
 * fitted on (widened by {@link #SPEED_MARGIN_M_S}) count.
 */
public final class CadenceResidual implements Metric {
    public static final String KEY = "cadence_residual_pct";
    /** SCIENCE.md 9.3: more than 5 % below one's own line is a flag [heuristic]. */
    public static final double LOW_BELOW_PCT = -5.0;
    /** Extrapolate the line at most this far beyond the fitted speeds [heuristic]. */
    static final double SPEED_MARGIN_M_S = 0.25;
    /** This run needs at least this many steady segments in range [heuristic]. */
    static final int MIN_SEGMENTS = 5;

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    public String needs() {
        return "the athlete's cadence-speed line from earlier runs, and 5 steady minutes with speed and cadence";
    }

    @Override
    public Outcome compute(MetricContext context) {
        Optional<CadenceSpeedLine> line = context.cadenceLine();
        if (line.isEmpty()) {
            return Outcome.notApplicable("needs the athlete's own cadence-speed line from earlier runs (history)");
        }
        CadenceSpeedLine l = line.get();
        double sum = 0;
        int m = 0;
        for (CadenceSpeedLine.Segment seg : CadenceSpeedLine.segments(context.series())) {
            if (seg.speedMS() < l.minSpeed() - SPEED_MARGIN_M_S || seg.speedMS() > l.maxSpeed() + SPEED_MARGIN_M_S) {
                continue;
            }
            double predicted = l.predict(seg.speedMS());
            if (predicted > 0) {
                sum += (seg.cadenceSpm() - predicted) / predicted * 100;
                m++;
            }
        }
        if (m < MIN_SEGMENTS) {
            return Outcome.notApplicable(String.format(Locale.ROOT,
                    "needs %d steady minutes within the line's speed range (%.1f-%.1f m/s); has %d",
                    MIN_SEGMENTS, l.minSpeed(), l.maxSpeed(), m));
        }
        return Outcome.values().with(KEY, sum / m);
    }
}
