package org.heavylegs.core.metric.load;

import java.util.List;
import java.util.Optional;
import org.heavylegs.core.athlete.Physiology;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.core.metric.Coverage;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Banister's training impulse, summed second by second (SCIENCE.md 10.1):
 * <pre>TRIMP = sum over samples of dt[min] x HRr x a x e^(b x HRr),  HRr = (HR - HRrest)/(HRmax - HRrest)</pre>
 * with a = 0.64, b = 1.92 for men and a = 0.86, b = 1.67 for women. Banister EW, Calvert TW, Savage MV,
 * Bach T. Aust J Sports Med 1975;7:57-61; Morton RH, Fitz-Clarke JR, Banister EW. J Appl Physiol
 * 1990;69:1171-1177 (formula confirmed via several reproductions). Summing per sample instead of
 * using the session mean keeps intervals from being underestimated. HRr is clamped to [0, 1].
 *
 * <p>Also written as {@code trimp}, the name DESIGN.md 2.4 gives to the default TRIMP.
 */
public final class TrimpBanister implements Metric {
    public static final String KEY = "trimp_banister";
    /** DESIGN.md 2.4 names the default TRIMP "trimp"; it is Banister's. */
    public static final String KEY_DEFAULT = "trimp";

    /** Morton, Fitz-Clarke & Banister 1990: weighting factor for men, a x e^(b x HRr). */
    static final double MEN_A = 0.64;
    static final double MEN_B = 1.92;
    /** Morton, Fitz-Clarke & Banister 1990: weighting factor for women. */
    static final double WOMEN_A = 0.86;
    static final double WOMEN_B = 1.67;

    @Override
    public List<String> keys() {
        return List.of(KEY, KEY_DEFAULT);
    }

    @Override
    public String needs() {
        return "heart rate over at least half of the moving time; hr_rest, hr_max and sex (defaults are reported)";
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
        double trimp = session(s.hr(), context.physiology());
        Outcome o = Outcome.values().with(KEY, trimp).with(KEY_DEFAULT, trimp);
        Coverage.gapNote(s, s.hr(), "heart rate").ifPresent(o::note);
        return o;
    }

    /** Sum over one-second samples (NaN skipped). */
    public static double session(double[] hrPerSecond, Physiology p) {
        double sum = 0;
        for (double hr : hrPerSecond) {
            if (!Double.isNaN(hr)) {
                sum += perMinute(clampedReserve(hr, p), p.sex()) / 60.0;
            }
        }
        return sum;
    }

    /** TRIMP of one minute at a heart-rate-reserve fraction: HRr x a x e^(b x HRr). */
    public static double perMinute(double hrReserve, Sex sex) {
        return sex == Sex.FEMALE
                ? hrReserve * WOMEN_A * Math.exp(WOMEN_B * hrReserve)
                : hrReserve * MEN_A * Math.exp(MEN_B * hrReserve);
    }

    /** TRIMP of a steady bout: minutes at one heart rate. */
    public static double steady(double minutes, double hr, double hrRest, double hrMax, Sex sex) {
        double hrr = (hr - hrRest) / (hrMax - hrRest);
        return minutes * perMinute(hrr, sex);
    }

    static double clampedReserve(double hr, Physiology p) {
        double hrr = p.hrReserveFraction(hr);
        return Math.max(0, Math.min(1, hrr));
    }
}
