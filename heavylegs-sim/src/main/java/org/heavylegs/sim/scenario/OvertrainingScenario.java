package org.heavylegs.sim.scenario;

import java.util.List;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.sim.Expected;
import org.heavylegs.sim.folder.Labs;
import org.heavylegs.sim.history.Climate;
import org.heavylegs.sim.history.DayPlan;
import org.heavylegs.sim.history.PlanDay;
import org.heavylegs.sim.history.TypicalWeek;
import org.heavylegs.sim.history.WellnessShift;
import org.heavylegs.sim.run.RunPlan;
import org.heavylegs.sim.run.RunnerProfile;
import org.heavylegs.sim.run.Workouts;

/**
 * The article's "runner who consistently increases mileage or intensity without incorporating
 * adequate rest days": six normal weeks (~4.5 h/week, two rest days), then 14 days without a rest
 * day, the last week ~10 h. Acute:chronic load ratio over 1.5 (Gabbett 2016 "danger zone"),
 * Foster monotony over 2, 7-day ln rMSSD well below the 30-60 day baseline band (Plews 2012-2014),
 * resting HR +7 bpm, sleep, soreness, fatigue and motivation worse for days (Meeusen 2013 signs),
 * and 6 % more heart rate for the same speed (performance at fixed HR falling). Labs are normal.
 */
public final class OvertrainingScenario extends SimulatedScenario {
    static final RunnerProfile RUNNER = RunnerProfile.typicalMale();
    /** Days at the end without rest. */
    static final int RAMP_DAYS = 14;
    /** Minutes of the last seven days, Monday to Sunday. */
    private static final double[] LAST_WEEK_MIN = {80, 90, 75, 85, 95, 80, 110};
    /** The full overreaching pattern on the last day; ramps in over the 14 days. */
    static final WellnessShift OVERREACHED = new WellnessShift(7, -0.28, -0.9, -0.6, 4, 4.5, 2, -3.5, 5);

    public OvertrainingScenario() {
        super("overtraining", "Mileage rising without rest days: ACWR over 1.5, monotony over 2, HRV below baseline, "
                + "resting HR +7 bpm, wellness worsening, more heart rate for the same pace.", 1005L, EIGHT_WEEKS,
                AUTUMN_END);
    }

    @Override
    public Expected expected() {
        return Expected.cause(Expected.OVERTRAINING);
    }

    @Override
    protected RunnerProfile runner() {
        return RUNNER;
    }

    @Override
    protected Athlete athlete() {
        AthleteSpec a = new AthleteSpec(RUNNER, "Tom", 1997, 181);
        a.heavyLegsSinceDays = 10;
        return a.build();
    }

    @Override
    protected DayPlan plan(PlanDay day) {
        if (day.daysToEnd() >= RAMP_DAYS) {
            RunPlan p = TypicalWeek.plan(RUNNER, day);
            if (p == null) {
                return DayPlan.rest();
            }
            p.weather(Climate.morningC(day), Climate.humidity(day)).intake(p.plannedMovingSeconds() >= 3600 ? 500 : 0, 0, 0)
                    .heavyLegs(Math.rint(day.between(1, 3))).logged(false);
            return DayPlan.of(p);
        }
        double into = (RAMP_DAYS - day.daysToEnd()) / (double) RAMP_DAYS; // 1/14 .. 1
        RunPlan p;
        if (day.daysToEnd() >= 7) {
            p = day.dayOfWeek().getValue() == 3 ? Workouts.intervals(RUNNER, 6, 240, 120, true)
                    : Workouts.easy(RUNNER, day.between(45, 55));
        } else {
            double minutes = LAST_WEEK_MIN[6 - day.daysToEnd()];
            p = day.dayOfWeek().getValue() == 3 ? Workouts.tempo(RUNNER, minutes - 20, true)
                    : day.isLast() ? Workouts.longRun(RUNNER, minutes) : Workouts.easy(RUNNER, minutes);
        }
        p.weather(Climate.morningC(day), Climate.humidity(day))
                .intake(p.plannedMovingSeconds() >= 3600 ? 500 : 0, p.plannedMovingSeconds() >= 5400 ? 40 : 0, 0)
                .fitness(1 - 0.06 * into)
                .heavyLegs(Math.rint(3 + 4.5 * into))
                .notes(into > 0.5 ? "legs heavy from the first step, every day now" : null)
                .logged(false);
        return DayPlan.of(p).with(OVERREACHED.times(into));
    }

    @Override
    protected List<LabValue> labs() {
        var date = lastDay().minusDays(9);
        return new Labs()
                .add(date, LabTest.HEMOGLOBIN, 15.0, "g/dL")
                .add(date, LabTest.FERRITIN, 70, "ug/L")
                .add(date, LabTest.CRP, 1.1, "mg/L")
                .list();
    }
}
