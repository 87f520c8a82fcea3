package org.heavylegs.core.metric.energy;

import java.util.List;
import java.util.Optional;
import org.heavylegs.core.metric.Coverage;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Gross energy of the run, kcal, by the rule of thumb of about 1 kcal per kg body mass per km
 * (Margaria et al. 1963, J Appl Physiol 18:367 [recalled]; the base assumption of Rapoport 2010,
 * confirmed via summary; SCIENCE.md 2.2 and oracle O16). Hills are accounted for by counting the
 * grade-adjusted distance (Minetti 2002): the run's distance times the ratio of grade-adjusted to
 * actual distance over the seconds with speed.
 */
public final class Energy implements Metric {
    public static final String KEY = "kcal";
    /** Gross cost of running, kcal per kg per km (rule of thumb, SCIENCE.md 2.2). */
    public static final double KCAL_PER_KG_PER_KM = 1.0;

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    public String needs() {
        return "distance and speed; body mass (a default is reported)";
    }

    @Override
    public Outcome compute(MetricContext context) {
        double kcal = kcal(context);
        if (!(kcal >= 0)) {
            return Outcome.notApplicable(reason(context.series()).orElse("needs distance"));
        }
        return Outcome.values().with(KEY, kcal);
    }

    /** The run's gross energy, kcal; NaN when distance or speed is missing. */
    static double kcal(MetricContext context) {
        RunSeries s = context.series();
        if (reason(s).isPresent()) {
            return Double.NaN;
        }
        double km = gradeAdjustedKm(s);
        return of(context.physiology().bodyMassKg(), km);
    }

    static Optional<String> reason(RunSeries s) {
        Optional<String> lacking = Coverage.lacking(s, s.speed(), "speed");
        if (lacking.isPresent()) {
            return lacking;
        }
        if (!(s.totalDistanceM() > 0)) {
            return Optional.of("needs distance");
        }
        return Optional.empty();
    }

    /** Distance times the grade-adjusted over actual distance of the seconds with speed, km. */
    static double gradeAdjustedKm(RunSeries s) {
        double actual = 0;
        double adjusted = 0;
        for (int k = 0; k < s.size(); k++) {
            if (!Double.isNaN(s.speed()[k])) {
                actual += s.speed()[k];
                adjusted += s.gapSpeed()[k];
            }
        }
        double ratio = actual > 0 ? adjusted / actual : 1.0;
        return s.totalDistanceM() / 1000 * ratio;
    }

    /** mass x km x 1 kcal/kg/km. */
    public static double of(double massKg, double km) {
        return massKg * km * KCAL_PER_KG_PER_KM;
    }
}
