package org.heavylegs.core.metric.grade;

import java.util.List;
import java.util.Optional;
import org.heavylegs.core.metric.Coverage;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Average pace and grade-adjusted pace over the moving time (SCIENCE.md 10.8). Each second's speed
 * is scaled by Minetti's cost ratio Cr(i)/Cr(0) at that second's grade ({@link Minetti}); the
 * averages are moving time over (grade-adjusted) distance, so on the flat both are equal. Where the
 * activity has no altitude (a treadmill, a phone without barometer) the grade is taken as flat and
 * the output says so.
 */
public final class Gap implements Metric {
    public static final String KEY_PACE = "pace_s_per_km";
    public static final String KEY_GAP = "gap_s_per_km";
    /** Pace needs at least this distance and time [heuristic: shorter recordings are starts and stops]. */
    static final double MIN_DISTANCE_M = 100;
    static final double MIN_SECONDS = 60;
    public static final String NO_ALTITUDE_NOTE = "no altitude in the activity: grade taken as flat for grade-adjusted pace";

    @Override
    public List<String> keys() {
        return List.of(KEY_PACE, KEY_GAP);
    }

    @Override
    public String needs() {
        return "speed (or distance or positions) over at least half of the moving time; altitude for the grade";
    }

    @Override
    public Outcome compute(MetricContext context) {
        RunSeries s = context.series();
        Optional<String> lacking = Coverage.lacking(s, s.speed(), "speed");
        if (lacking.isPresent()) {
            return Outcome.notApplicable(lacking.get());
        }
        double seconds = 0;
        double metres = 0;
        double gapMetres = 0;
        double[] v = s.speed();
        double[] g = s.gapSpeed();
        for (int k = 0; k < v.length; k++) {
            if (!Double.isNaN(v[k])) {
                seconds++;
                metres += v[k];
                gapMetres += g[k];
            }
        }
        if (metres < MIN_DISTANCE_M || seconds < MIN_SECONDS) {
            return Outcome.notApplicable(String.format(java.util.Locale.ROOT,
                    "needs at least %.0f m and %.0f s with speed (has %.0f m in %.0f s)", MIN_DISTANCE_M, MIN_SECONDS, metres, seconds));
        }
        Outcome o = Outcome.values()
                .with(KEY_PACE, 1000 * seconds / metres)
                .with(KEY_GAP, 1000 * seconds / gapMetres);
        if (!s.hasAltitude()) {
            o.note(NO_ALTITUDE_NOTE);
        }
        return o;
    }
}
