package org.heavylegs.core.metric.intensity;

import java.util.List;
import java.util.Optional;
import org.heavylegs.core.metric.Coverage;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Minutes in five pace zones relative to threshold pace, from grade-adjusted pace. Zone edges are
 * Friel's threshold-pace percentages (pace as a percentage of threshold pace: zone 1 slower than
 * 129 %, zone 2 114-129 %, zone 3 106-114 %, zone 4 100-106 %, zone 5 faster than threshold)
 * [recalled; not in SCIENCE.md, seen only in a secondary reproduction (trainingload.ai pace-zone
 * documentation) - UNCONFIRMED]. Seconds standing still are not counted.
 */
public final class PaceZones implements Metric {
    public static final List<String> KEYS = List.of(
            "time_pace_z1_min", "time_pace_z2_min", "time_pace_z3_min", "time_pace_z4_min", "time_pace_z5_min");
    /** Upper pace edges of zones 1-4 as a fraction of threshold pace (slower = larger) [UNCONFIRMED]. */
    static final double[] PACE_EDGES = {1.29, 1.14, 1.06, 1.00};
    /** Below this speed a second counts as standing, not as zone 1 [heuristic]. */
    public static final double STANDING_SPEED_M_S = 0.5;

    @Override
    public List<String> keys() {
        return KEYS;
    }

    @Override
    public String needs() {
        return "speed over at least half of the moving time and threshold_pace in athlete.yaml";
    }

    @Override
    public Outcome compute(MetricContext context) {
        double thresholdPace = context.physiology().thresholdPaceSPerKm();
        if (!(thresholdPace > 0)) {
            return Outcome.notApplicable(IntensityFactor.NEEDS_THRESHOLD_PACE);
        }
        RunSeries s = context.series();
        Optional<String> lacking = Coverage.lacking(s, s.gapSpeed(), "speed");
        if (lacking.isPresent()) {
            return Outcome.notApplicable(lacking.get());
        }
        double[] minutes = new double[KEYS.size()];
        for (double v : s.gapSpeed()) {
            if (!Double.isNaN(v) && v >= STANDING_SPEED_M_S) {
                minutes[zoneIndex(1000 / v / thresholdPace)] += 1 / 60.0;
            }
        }
        Outcome o = Outcome.values();
        for (int z = 0; z < minutes.length; z++) {
            o.with(KEYS.get(z), minutes[z]);
        }
        return o;
    }

    /** Zone index 0-4 of a pace given as a fraction of threshold pace (threshold itself is zone 4). */
    static int zoneIndex(double paceFraction) {
        int z = 0;
        for (int e = 0; e < PACE_EDGES.length; e++) {
            boolean last = e == PACE_EDGES.length - 1;
            if (last ? paceFraction < PACE_EDGES[e] : paceFraction <= PACE_EDGES[e]) {
                z++;
            }
        }
        return z;
    }
}
