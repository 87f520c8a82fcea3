package org.heavylegs.sim.history;

import org.heavylegs.sim.run.RunPlan;

/** What happens on one day: a run (or none) and how the morning differs from baseline. */
public record DayPlan(RunPlan run, WellnessShift shift) {

    public static DayPlan rest() {
        return new DayPlan(null, WellnessShift.NONE);
    }

    public static DayPlan of(RunPlan run) {
        return new DayPlan(run, WellnessShift.NONE);
    }

    public DayPlan with(WellnessShift s) {
        return new DayPlan(run, s);
    }
}
