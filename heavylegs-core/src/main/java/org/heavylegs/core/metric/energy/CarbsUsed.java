package org.heavylegs.core.metric.energy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.heavylegs.core.athlete.Physiology;
import org.heavylegs.core.metric.Coverage;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Carbohydrate burnt in the run (SCIENCE.md 2.2): each second's energy (grade-adjusted metres x body
 * mass x 1 kcal/kg/km) times the carbohydrate share at that second's intensity ({@link CarbShare},
 * from heart-rate reserve), summed, scaled to the run's {@link Energy} and divided by
 * {@link #KCAL_PER_G}. Seconds without heart rate take the run's mean share.
 * {@code carb_share_pct} is the energy-weighted mean share.
 */
public final class CarbsUsed implements Metric {
    public static final String KEY = "carbs_used_g";
    public static final String KEY_SHARE = "carb_share_pct";
    /** Energy of glycogen/glucose, kcal/g (Atwater factor; matches SCIENCE.md oracle O17). */
    public static final double KCAL_PER_G = 4.0;

    @Override
    public List<String> keys() {
        return List.of(KEY, KEY_SHARE);
    }

    @Override
    public String needs() {
        return "heart rate and speed over at least half of the moving time; body mass, hr_rest, hr_max (defaults are reported)";
    }

    @Override
    public Outcome compute(MetricContext context) {
        RunSeries s = context.series();
        Optional<String> lacking = Energy.reason(s).or(() -> Coverage.lacking(s, s.hr(), "heart rate"));
        if (lacking.isPresent()) {
            return Outcome.notApplicable(lacking.get());
        }
        double share = meanShare(s, context.physiology());
        if (Double.isNaN(share)) {
            return Outcome.notApplicable("needs heart rate and speed at the same time");
        }
        double kcal = Energy.kcal(context);
        return Outcome.values()
                .with(KEY, kcal * share / KCAL_PER_G)
                .with(KEY_SHARE, 100 * share)
                .note(String.format(Locale.ROOT, "VO2max assumed %.0f mL/kg/min for the carbohydrate share",
                        CarbShare.DEFAULT_VO2MAX));
    }

    /** Energy-weighted mean carbohydrate share of the seconds with both heart rate and speed. */
    static double meanShare(RunSeries s, Physiology p) {
        double energy = 0;
        double carb = 0;
        for (int k = 0; k < s.size(); k++) {
            double hr = s.hr()[k];
            double v = s.gapSpeed()[k];
            if (Double.isNaN(hr) || Double.isNaN(v)) {
                continue;
            }
            double hrr = Math.max(0, Math.min(1, p.hrReserveFraction(hr)));
            double f = CarbShare.atVo2maxFraction(CarbShare.vo2maxFractionFromHrReserve(hrr, CarbShare.DEFAULT_VO2MAX));
            energy += v;
            carb += v * f;
        }
        return energy > 0 ? carb / energy : Double.NaN;
    }
}
