package org.heavylegs.core.metric.load;

import java.util.List;
import java.util.Optional;
import org.heavylegs.core.athlete.Physiology;
import org.heavylegs.core.metric.Coverage;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Heart-rate training stress. TrainingPeaks does not publish its hrTSS [UNCONFIRMED], so we use the
 * published approximation HRSS (SCIENCE.md 10.2 b; Elevate, confirmed discussion): the session's
 * Banister TRIMP, summed per second, over the TRIMP of one hour at threshold heart rate, x 100:
 * <pre>hr_tss = TRIMP_session / (60 x HRr_LT x a x e^(b x HRr_LT)) x 100</pre>
 * One hour at LTHR thus scores 100, as one hour at threshold power does for TSS. The threshold heart
 * rate defaults to HRrest + 0.85 (HRmax - HRrest) (see {@link Physiology}).
 *
 * <p>{@link #approximationA} is the other published form, hours x (HRr_avg / HRr_LT)^2 x 100
 * (pacelore; SCIENCE.md 10.2 a), kept for comparison and its oracle.
 */
public final class HrTss implements Metric {
    public static final String KEY = "hr_tss";
    /** Threshold HR as a heart-rate-reserve fraction in approximation (a) when unknown (pacelore; SCIENCE.md 10.2 a). */
    public static final double DEFAULT_HRR_AT_THRESHOLD = 0.83;

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    public String needs() {
        return "heart rate over at least half of the moving time; threshold_hr, hr_rest, hr_max, sex (defaults are reported)";
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
        Physiology p = context.physiology();
        double hourAtThreshold = hourAtThreshold(p);
        if (!(hourAtThreshold > 0)) {
            return Outcome.notApplicable("threshold_hr is not above hr_rest");
        }
        return Outcome.values().with(KEY, TrimpBanister.session(s.hr(), p) / hourAtThreshold * 100);
    }

    /** Banister TRIMP of one hour at threshold heart rate. */
    public static double hourAtThreshold(Physiology p) {
        double hrr = Math.max(0, Math.min(1, p.hrReserveFraction(p.thresholdHr())));
        return 60 * TrimpBanister.perMinute(hrr, p.sex());
    }

    /** Approximation (a): hours x (HRr_avg / HRr_LT)^2 x 100. */
    public static double approximationA(double hours, double avgHr, double hrRest, double hrMax, double hrrAtThreshold) {
        double hrr = (avgHr - hrRest) / (hrMax - hrRest);
        double ratio = hrr / hrrAtThreshold;
        return hours * ratio * ratio * 100;
    }
}
