package org.heavylegs.sim.history;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.sim.run.GeneratedRun;
import org.heavylegs.sim.run.RunPlan;

/**
 * What a runner writes in runs.csv about one run, from the run's hidden truths: masses on a
 * bathroom scale (0.1 kg), drinks and gels as counted, the weather as felt, effort and heavy legs.
 * Body mass after = before - sweat + drink - urine (the inverse of the sweat-rate formula,
 * SCIENCE.md 1.1).
 */
public final class RunLogModel {
    /** Breakfast and clothes put the pre-run mass a little above the morning mass [heuristic]. */
    static final double PRE_RUN_ABOVE_MORNING_KG = 0.3;

    private RunLogModel() {
    }

    /** The row, or null when the plan says the runner does not log this run. */
    public static RunLogEntry entry(GeneratedRun run, LocalDate date, double morningMassKg, int row, SplittableRandom rnd) {
        RunPlan p = run.plan();
        if (!p.logged()) {
            return null;
        }
        Double pre = null;
        Double post = null;
        Double urine = Double.isNaN(p.urineMl()) ? null : p.urineMl();
        if (p.weighed()) {
            double preKg = morningMassKg + PRE_RUN_ABOVE_MORNING_KG;
            double postKg = preKg - run.netFluidLossL() - (urine == null ? 0 : urine / 1000.0);
            pre = round(preKg, 0.1);
            post = round(postKg, 0.1);
        }
        double heavy = Double.isNaN(p.heavyLegs()) ? 1 + rnd.nextInt(2) : p.heavyLegs();
        double rpe = Math.max(1, Math.min(10, Math.round(10 * run.meanHrReserve() - 2
                + (heavy >= 6 ? 1 : 0) + (run.hitTheWall() ? 2 : 0))));
        return new RunLogEntry(date, run.activity().start(), pre, post,
                round(run.fluidMl(), 50), round(run.carbsG(), 5), round(run.sodiumMg(), 10), urine,
                rpe, heavy, (double) Math.round(p.temperatureC()), (double) Math.round(p.humidityPct()),
                (double) Math.round(p.warmupMinutes()), p.notes(), "runs.csv:" + row);
    }

    /** Rounds to a step; steps below 1 divide, so that 72.6 stays 72.6 and not 72.60000000000001. */
    private static double round(double v, double step) {
        return step >= 1 ? Math.round(v / step) * step : Math.round(v / step) / Math.rint(1 / step);
    }
}
