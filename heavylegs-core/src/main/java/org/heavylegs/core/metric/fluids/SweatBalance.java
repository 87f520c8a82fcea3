package org.heavylegs.core.metric.fluids;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.metric.MetricContext;

/**
 * The water balance of one run from its runs.csv row (SCIENCE.md 1.1; ACSM 2007, Sawka et al. Med
 * Sci Sports Exerc 39:377, confirmed: sweat rate from body-mass change): one kilogram of mass is
 * taken as one litre of water, so
 * <pre>sweat loss [L] = pre - post + fluid - urine,   sweat rate = sweat loss / hours</pre>
 * with hours the timer time. Missing fluid or urine are taken as zero and said so.
 */
final class SweatBalance {
    /** Plausible body mass, kg [heuristic]. */
    static final double MIN_MASS_KG = 25;
    static final double MAX_MASS_KG = 250;
    /** A run changing mass by more than this share of body mass is a typing error [heuristic]. */
    static final double MAX_MASS_CHANGE = 0.10;
    /** Plausible fluid or urine volume for one run, mL [heuristic]. */
    static final double MAX_VOLUME_ML = 15_000;

    final double preKg;
    final double postKg;
    final double fluidL;
    final double urineL;
    final double hours;
    final List<String> notes;
    final String reason;

    private SweatBalance(double preKg, double postKg, double fluidL, double urineL, double hours,
                         List<String> notes, String reason) {
        this.preKg = preKg;
        this.postKg = postKg;
        this.fluidL = fluidL;
        this.urineL = urineL;
        this.hours = hours;
        this.notes = notes;
        this.reason = reason;
    }

    static SweatBalance of(MetricContext context) {
        RunLogEntry r = context.run().orElse(null);
        if (r == null) {
            return failed("needs this run's row in runs.csv (pre_mass_kg, post_mass_kg)");
        }
        if (r.preMassKg() == null || r.postMassKg() == null) {
            return failed("needs pre_mass_kg and post_mass_kg in this run's runs.csv row");
        }
        double pre = r.preMassKg();
        double post = r.postMassKg();
        if (!(pre >= MIN_MASS_KG && pre <= MAX_MASS_KG && post >= MIN_MASS_KG && post <= MAX_MASS_KG)) {
            return failed(String.format(Locale.ROOT, "body masses %.1f and %.1f kg are not plausible", pre, post));
        }
        if (Math.abs(pre - post) > MAX_MASS_CHANGE * pre) {
            return failed(String.format(Locale.ROOT,
                    "pre %.1f and post %.1f kg differ by more than %.0f %%: check runs.csv", pre, post, 100 * MAX_MASS_CHANGE));
        }
        List<String> notes = new ArrayList<>();
        double fluid = volumeL(r.fluidMl(), "fluid_ml", notes);
        double urine = volumeL(r.urineMl(), "urine_ml", notes);
        if (Double.isNaN(fluid) || Double.isNaN(urine)) {
            return failed("fluid_ml or urine_ml in runs.csv is not a plausible volume");
        }
        double hours = Totals.of(context.activity()).timerS() / 3600;
        return new SweatBalance(pre, post, fluid, urine, hours, notes, null);
    }

    private static SweatBalance failed(String reason) {
        return new SweatBalance(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, List.of(), reason);
    }

    private static double volumeL(Double ml, String column, List<String> notes) {
        if (ml == null) {
            notes.add(column + " not given in runs.csv: taken as 0");
            return 0;
        }
        return ml >= 0 && ml <= MAX_VOLUME_ML ? ml / 1000 : Double.NaN;
    }

    /** Litres of sweat lost. */
    double sweatLossL() {
        return sweat(preKg, postKg, fluidL, urineL);
    }

    /** L/h; NaN without duration. */
    double sweatRateLPerH() {
        return hours > 0 ? sweatLossL() / hours : Double.NaN;
    }

    /** pre - post + fluid - urine, litres (1 kg = 1 L). */
    static double sweat(double preKg, double postKg, double fluidL, double urineL) {
        return preKg - postKg + fluidL - urineL;
    }
}
