package org.heavylegs.core.metric;

import java.util.List;
import org.heavylegs.core.metric.durability.CadenceDrop;
import org.heavylegs.core.metric.durability.CardiacDrift;
import org.heavylegs.core.metric.durability.Decoupling;
import org.heavylegs.core.metric.durability.EfficiencyFactor;
import org.heavylegs.core.metric.durability.GctRise;
import org.heavylegs.core.metric.durability.PaceFade;
import org.heavylegs.core.metric.durability.VoRise;
import org.heavylegs.core.metric.dynamics.Cadence;
import org.heavylegs.core.metric.dynamics.CadenceResidual;
import org.heavylegs.core.metric.dynamics.GctBalance;
import org.heavylegs.core.metric.dynamics.GroundContactTime;
import org.heavylegs.core.metric.dynamics.StepLength;
import org.heavylegs.core.metric.dynamics.VerticalOscillation;
import org.heavylegs.core.metric.dynamics.VerticalRatio;
import org.heavylegs.core.metric.energy.CarbsEaten;
import org.heavylegs.core.metric.energy.CarbsUsed;
import org.heavylegs.core.metric.energy.Energy;
import org.heavylegs.core.metric.energy.GlycogenBudget;
import org.heavylegs.core.metric.energy.WallDetected;
import org.heavylegs.core.metric.environment.HeatCategory;
import org.heavylegs.core.metric.environment.HeatIndex;
import org.heavylegs.core.metric.environment.Humidity;
import org.heavylegs.core.metric.environment.Temperature;
import org.heavylegs.core.metric.environment.WbgtEstimate;
import org.heavylegs.core.metric.fluids.FluidBalance;
import org.heavylegs.core.metric.fluids.MassLoss;
import org.heavylegs.core.metric.fluids.Overdrink;
import org.heavylegs.core.metric.fluids.SodiumLoss;
import org.heavylegs.core.metric.fluids.SweatRate;
import org.heavylegs.core.metric.grade.Gap;
import org.heavylegs.core.metric.grade.Ngp;
import org.heavylegs.core.metric.intensity.HrZones;
import org.heavylegs.core.metric.intensity.IntensityFactor;
import org.heavylegs.core.metric.intensity.PaceZones;
import org.heavylegs.core.metric.load.HrTss;
import org.heavylegs.core.metric.load.RTss;
import org.heavylegs.core.metric.load.SessionRpeLoad;
import org.heavylegs.core.metric.load.TrimpBanister;
import org.heavylegs.core.metric.load.TrimpEdwards;
import org.heavylegs.core.metric.load.TrimpLucia;
import org.heavylegs.core.metric.stops.Stops;
import org.heavylegs.core.metric.warmup.HrOvershoot;
import org.heavylegs.core.metric.warmup.Warmup;

/** Every per-run metric, listed explicitly in output order, and the one place that runs them. */
public final class Metrics {

    private static final List<Metric> ALL = List.of(
            // load
            new TrimpBanister(), new TrimpEdwards(), new TrimpLucia(), new HrTss(), new RTss(), new SessionRpeLoad(),
            // intensity
            new IntensityFactor(), new HrZones(), new PaceZones(),
            // grade
            new Gap(), new Ngp(),
            // durability
            new EfficiencyFactor(), new Decoupling(), new CardiacDrift(), new PaceFade(),
            new CadenceDrop(), new GctRise(), new VoRise(),
            // warm-up
            new Warmup(), new HrOvershoot(),
            // running dynamics
            new Cadence(), new StepLength(), new GroundContactTime(), new VerticalOscillation(),
            new VerticalRatio(), new GctBalance(), new CadenceResidual(),
            // energy
            new Energy(), new CarbsUsed(), new CarbsEaten(), new GlycogenBudget(), new WallDetected(),
            // environment
            new Temperature(), new Humidity(), new HeatIndex(), new WbgtEstimate(), new HeatCategory(),
            // fluids
            new SweatRate(), new MassLoss(), new FluidBalance(), new SodiumLoss(), new Overdrink(),
            // stops
            new Stops());

    /** Prefix of the reason given when a metric failed unexpectedly (a bug, never bad data). */
    public static final String INTERNAL_ERROR = "internal error: ";

    private Metrics() {
    }

    /** All metrics in output order. */
    public static List<Metric> all() {
        return ALL;
    }

    /** Every key of every metric, in output order. */
    public static List<String> keys() {
        return ALL.stream().flatMap(m -> m.keys().stream()).toList();
    }

    /**
     * Computes every metric for one activity. Never throws: a metric that fails unexpectedly is
     * reported as not applicable with an {@link #INTERNAL_ERROR} reason, so one bug cannot stop a batch.
     */
    public static MetricResults compute(MetricContext context) {
        MetricResults results = new MetricResults();
        for (Metric metric : ALL) {
            Outcome outcome;
            if (metric.runningOnly() && !context.isRunning()) {
                outcome = Outcome.notApplicable("for running only; this activity is " + context.activity().sport());
            } else {
                try {
                    outcome = metric.compute(context);
                } catch (RuntimeException e) {
                    outcome = Outcome.notApplicable(INTERNAL_ERROR + e);
                }
            }
            for (String key : metric.keys()) {
                Object value = outcome.valueMap().get(key);
                if (value != null) {
                    results.put(key, value);
                } else {
                    results.notApplicable(key, outcome.reasonFor(key));
                }
            }
            outcome.notes().forEach(results::note);
        }
        if (MetricContext.GENERIC_SPORT.equals(context.activity().sport())) {
            results.note("the file names no sport: treated as running");
        }
        RunSeries series = context.series();
        if (series.truncated()) {
            results.note("only the first " + RunSeries.MAX_SECONDS / 3600 + " h of moving time were analysed");
        }
        if (series.maxGapS() > RunSeries.MAX_GAP_S) {
            results.note(String.format(java.util.Locale.ROOT,
                    "sparse recording: gaps up to %.0f s were bridged (otherwise %.0f s)", series.maxGapS(), RunSeries.MAX_GAP_S));
        }
        return results;
    }
}
