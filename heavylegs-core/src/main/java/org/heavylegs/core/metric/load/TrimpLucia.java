package org.heavylegs.core.metric.load;

import java.util.List;
import java.util.Optional;
import org.heavylegs.core.metric.Coverage;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Lucia's three-zone TRIMP (Lucia A et al. Med Sci Sports Exerc 2003;35:872 [recalled citation];
 * zone definitions confirmed, SCIENCE.md 10.1): minutes below the first ventilatory threshold x 1,
 * between VT1 and the respiratory compensation point x 2, above it x 3 [weights recalled,
 * UNCONFIRMED]. Without lab thresholds VT1 is taken at 0.90 x LTHR and RCP at LTHR [heuristic].
 */
public final class TrimpLucia implements Metric {
    public static final String KEY = "trimp_lucia";
    /** Zone weights 1, 2, 3 [recalled, UNCONFIRMED: SCIENCE.md 14 item 7]. */
    static final double[] WEIGHTS = {1, 2, 3};
    /** VT1 as a fraction of threshold heart rate when no lab value is known [heuristic, SCIENCE.md 10.1]. */
    public static final double VT1_OF_LTHR = 0.90;
    /** RCP (VT2) as a fraction of threshold heart rate [heuristic, SCIENCE.md 10.1]. */
    public static final double RCP_OF_LTHR = 1.0;

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    public String needs() {
        return "heart rate over at least half of the moving time; threshold_hr (a default is reported)";
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
        double lthr = context.physiology().thresholdHr();
        double[] minutes = new double[3];
        for (double hr : s.hr()) {
            if (!Double.isNaN(hr)) {
                minutes[zone(hr, lthr) - 1] += 1 / 60.0;
            }
        }
        return Outcome.values().with(KEY, fromZoneMinutes(minutes));
    }

    /** Lucia zone 1-3 of a heart rate. */
    public static int zone(double hr, double thresholdHr) {
        if (hr >= RCP_OF_LTHR * thresholdHr) {
            return 3;
        }
        return hr >= VT1_OF_LTHR * thresholdHr ? 2 : 1;
    }

    /** Score from minutes in zones 1-3. */
    public static double fromZoneMinutes(double[] minutes) {
        double sum = 0;
        for (int z = 0; z < WEIGHTS.length && z < minutes.length; z++) {
            sum += WEIGHTS[z] * minutes[z];
        }
        return sum;
    }
}
