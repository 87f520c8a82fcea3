package org.heavylegs.core.metric.load;

import java.util.List;
import java.util.Optional;
import org.heavylegs.core.metric.Coverage;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Edwards' summated heart-rate zones (Edwards S. The Heart Rate Monitor Book, 1993; SCIENCE.md 10.1,
 * confirmed): minutes in 50-60, 60-70, 70-80, 80-90 and 90-100 % of HRmax weighted 1 to 5 and summed;
 * time below 50 % scores nothing, time above HRmax counts as zone 5.
 */
public final class TrimpEdwards implements Metric {
    public static final String KEY = "trimp_edwards";
    /** Lower edges of Edwards' zones 1-5 as fractions of HRmax. */
    static final double[] ZONE_LOWER_EDGES = {0.50, 0.60, 0.70, 0.80, 0.90};

    @Override
    public List<String> keys() {
        return List.of(KEY);
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
        double sum = 0;
        for (double hr : s.hr()) {
            if (!Double.isNaN(hr)) {
                sum += zone(hr / hrMax) / 60.0;
            }
        }
        return Outcome.values().with(KEY, sum);
    }

    /** Edwards zone (0-5) of a fraction of HRmax. */
    public static int zone(double fractionOfMax) {
        int z = 0;
        for (double edge : ZONE_LOWER_EDGES) {
            if (fractionOfMax >= edge) {
                z++;
            }
        }
        return z;
    }

    /** Score from minutes in zones 1-5. */
    public static double fromZoneMinutes(double[] minutes) {
        double sum = 0;
        for (int z = 0; z < minutes.length && z < ZONE_LOWER_EDGES.length; z++) {
            sum += (z + 1) * minutes[z];
        }
        return sum;
    }
}
