package org.heavylegs.core.metric.energy;

import java.util.List;
import java.util.Locale;
import org.heavylegs.core.athlete.Physiology;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.core.metric.Metric;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * A Rapoport-style carbohydrate budget (Rapoport BI. PLoS Comput Biol 2010;6(10):e1000960;
 * SCIENCE.md 2.2 and oracle O17). Stores: leg-muscle glycogen (leg muscle as a share of body mass
 * times its glycogen energy density) plus liver glycogen plus the carbohydrate eaten during the run
 * that could be oxidised (at most 1.0 g/min, Jeukendrup, GSSI SSE #108, confirmed). Against the
 * carbohydrate this run burnt ({@link CarbsUsed}):
 * <pre>glycogen_margin_kcal  = stores - carbohydrate burnt
 * depletion_distance_km = distance x stores / carbohydrate burnt</pre>
 * i.e. how far this athlete could run at this run's intensity before the stores are empty.
 * Assumes stores were full but not loaded at the start.
 */
public final class GlycogenBudget implements Metric {
    public static final String KEY_MARGIN = "glycogen_margin_kcal";
    public static final String KEY_DISTANCE = "depletion_distance_km";
    /** Leg muscle as a share of body mass, men / women [UNCONFIRMED: SCIENCE.md 2.2, secondary calculator citing Rapoport]. */
    public static final double LEG_MUSCLE_SHARE_MEN = 0.21;
    public static final double LEG_MUSCLE_SHARE_WOMEN = 0.20;
    /** Glycogen energy of non-loaded leg muscle, kcal per kg [UNCONFIRMED: SCIENCE.md 2.2]. */
    public static final double MUSCLE_KCAL_PER_KG = 80;
    /** Maximal supercompensation, kcal per kg leg muscle (Rapoport 2010, figure caption, confirmed); not the default. */
    public static final double LOADED_MUSCLE_KCAL_PER_KG = 144;
    /** Average liver glycogen, g (Rapoport 2010, confirmed via summary; up to about 160 g loaded). */
    public static final double LIVER_GLYCOGEN_G = 88;
    /** Oxidation cap of a single ingested sugar, g/min (Jeukendrup, GSSI SSE #108, confirmed). */
    public static final double EXOGENOUS_OXIDATION_G_PER_MIN = 1.0;

    @Override
    public List<String> keys() {
        return List.of(KEY_MARGIN, KEY_DISTANCE);
    }

    @Override
    public String needs() {
        return "heart rate, speed and distance; body mass and sex (defaults are reported); carbs_g from runs.csv if eaten";
    }

    @Override
    public Outcome compute(MetricContext context) {
        Outcome used = new CarbsUsed().compute(context);
        Object grams = used.valueMap().get(CarbsUsed.KEY);
        if (!(grams instanceof Double burntG) || burntG <= 0) {
            return Outcome.notApplicable(used.reasonFor(CarbsUsed.KEY));
        }
        RunSeries s = context.series();
        Physiology p = context.physiology();
        double minutes = s.size() / 60.0;
        Double eaten = context.run().map(RunLogEntry::carbsG).filter(g -> g >= 0).orElse(null);
        double exogenousG = eaten == null ? 0 : Math.min(eaten, EXOGENOUS_OXIDATION_G_PER_MIN * minutes);
        double stores = storesKcal(p.bodyMassKg(), p.sex(), LIVER_GLYCOGEN_G) + exogenousG * CarbsUsed.KCAL_PER_G;
        double burnt = burntG * CarbsUsed.KCAL_PER_G;
        double km = s.totalDistanceM() / 1000;
        Outcome o = Outcome.values()
                .with(KEY_MARGIN, stores - burnt)
                .with(KEY_DISTANCE, depletionDistanceKm(km, stores, burnt));
        o.note(String.format(Locale.ROOT,
                "glycogen stores assumed full, not loaded: %.0f kcal in leg muscle and liver (Rapoport 2010; leg-muscle share and density UNCONFIRMED)",
                storesKcal(p.bodyMassKg(), p.sex(), LIVER_GLYCOGEN_G)));
        if (eaten == null) {
            o.note("no carbs_g logged for this run: taken as none eaten");
        }
        return o;
    }

    /** Leg-muscle plus liver glycogen, kcal (non-loaded muscle density). */
    public static double storesKcal(double bodyMassKg, Sex sex, double liverG) {
        double share = sex == Sex.FEMALE ? LEG_MUSCLE_SHARE_WOMEN : LEG_MUSCLE_SHARE_MEN;
        return share * bodyMassKg * MUSCLE_KCAL_PER_KG + liverG * CarbsUsed.KCAL_PER_G;
    }

    /** d x stores / carbohydrate burnt (SCIENCE.md 2.2). */
    public static double depletionDistanceKm(double distanceKm, double storesKcal, double carbKcalBurnt) {
        return distanceKm * storesKcal / carbKcalBurnt;
    }
}
