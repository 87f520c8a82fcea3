package org.heavylegs.core.metric.intensity;

import java.util.List;
import java.util.Optional;
import org.heavylegs.core.metric.Coverage;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Minutes in five heart-rate zones as fractions of HRmax, with the edges of Edwards' zones
 * (Edwards 1993; SCIENCE.md 10.1): zone 1 below 60 % (time under 50 % included, so that the zones
 * add up to the time with heart rate), zone 2 60-70 %, zone 3 70-80 %, zone 4 80-90 %, zone 5 from 90 %.
 */
public final class HrZones implements Metric {
    public static final List<String> KEYS = List.of(
            "time_hr_z1_min", "time_hr_z2_min", "time_hr_z3_min", "time_hr_z4_min", "time_hr_z5_min");
    /** Lower edges of zones 2-5 as fractions of HRmax (Edwards 1993). */
    static final double[] EDGES = {0.60, 0.70, 0.80, 0.90};

    @Override
    public List<String> keys() {
        return KEYS;
    }

    @Override
    public String needs() {
        return "heart rate over at least half of the moving time; hr_max (a default is reported)";
    }

    @Override
    public boolean runningOnly() {
        return false;
    }

    @Override
    public Outcome compute(MetricContext context) {
        RunSeries s = context.series();
        Optional<String> lacking = Coverage.lacking(s, s.hr(), "heart rate");
        if (lacking.isPresent()) {
            return Outcome.notApplicable(lacking.get());
        }
        double hrMax = context.physiology().hrMax();
        double[] minutes = new double[KEYS.size()];
        for (double hr : s.hr()) {
            if (!Double.isNaN(hr)) {
                minutes[zoneIndex(hr / hrMax)] += 1 / 60.0;
            }
        }
        Outcome o = Outcome.values();
        for (int z = 0; z < minutes.length; z++) {
            o.with(KEYS.get(z), minutes[z]);
        }
        return o;
    }

    /** Zone index 0-4 of a fraction of HRmax. */
    static int zoneIndex(double fractionOfMax) {
        int z = 0;
        for (double edge : EDGES) {
            if (fractionOfMax >= edge) {
                z++;
            }
        }
        return z;
    }
}
