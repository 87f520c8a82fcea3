package org.heavylegs.sim.run;

import org.heavylegs.core.activity.Activity;

/**
 * A simulated run: the activity as a watch would record it, and the hidden truths behind it that
 * the run log is written from.
 *
 * @param sweatRateLh        whole-body sweat rate of this run
 * @param timerS             seconds with the timer running
 * @param meanHrReserve      mean heart-rate-reserve fraction while the timer ran
 * @param hitTheWall         the glycogen store ran empty
 */
public record GeneratedRun(Activity activity, RunPlan plan, double sweatRateLh, double timerS, double distanceM,
                           double meanHrReserve, boolean hitTheWall) {

    public double timerHours() {
        return timerS / 3600.0;
    }

    public double fluidMl() {
        return plan.fluidMlPerH() * timerHours();
    }

    public double carbsG() {
        return plan.carbsGPerH() * timerHours();
    }

    public double sodiumMg() {
        return plan.sodiumMgPerH() * timerHours();
    }

    /** Sweat minus drink, litres (negative when the runner drank more than they sweated). */
    public double netFluidLossL() {
        return sweatRateLh * timerHours() - fluidMl() / 1000.0;
    }
}
