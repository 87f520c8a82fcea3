package org.heavylegs.sim.scenario;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.sim.Expected;
import org.heavylegs.sim.folder.Labs;
import org.heavylegs.sim.history.DayPlan;
import org.heavylegs.sim.history.PlanDay;
import org.heavylegs.sim.history.TypicalWeek;
import org.heavylegs.sim.run.Recording;
import org.heavylegs.sim.run.RunPlan;
import org.heavylegs.sim.run.RunnerProfile;
import org.heavylegs.sim.run.Terrain;
import org.heavylegs.sim.run.Workouts;

/**
 * The article's marathoner "who excessively hydrates with water alone, without replenishing sodium
 * losses": a salty heavy sweater (sweat sodium 70 mmol/L, the top of Baker 2016's 18-71 range;
 * ~1.6 L/h) on 2-2.25 h summer long runs at 22-25 C, drinking 1.4 L/h of plain water with sodium
 * 0 mg in runs.csv, so body mass loss stays near 1 % (not dehydration) while each long run loses
 * 5-6 g of sodium (Coyle 2004: include sodium beyond 3-4 g). Calf cramps; serum sodium 133 mmol/L
 * the morning after a long run and magnesium 0.74 mmol/L (low-normal). Na < 135 is also the
 * hyponatremia red flag of issue 6.
 */
public final class ElectrolyteImbalanceScenario extends SimulatedScenario {
    static final RunnerProfile RUNNER = new RunnerProfile(Sex.MALE, 78, 52, 182, 3.7, 58, 170, 7.5, 8.6, 252, 50.3,
            1.45, 70, Recording.WATCH_STRAP_AND_POD);

    public ElectrolyteImbalanceScenario() {
        super("electrolyte_imbalance", "A salty heavy sweater drinking plain water on long warm runs: sodium 0 mg in "
                + "runs.csv, mass loss near 1 %, cramps, serum sodium 133 mmol/L and magnesium 0.74 mmol/L.",
                1004L, SIX_WEEKS, SUMMER_END);
    }

    @Override
    public Expected expected() {
        return Expected.cause(Expected.ELECTROLYTE_IMBALANCE, Expected.FLAG_HYPONATREMIA);
    }

    @Override
    protected RunnerProfile runner() {
        return RUNNER;
    }

    @Override
    protected Athlete athlete() {
        AthleteSpec a = new AthleteSpec(RUNNER, "Jon", 1982, 184);
        a.heavyLegsSinceDays = 21;
        a.cramps = true;
        return a.build();
    }

    @Override
    protected DayPlan plan(PlanDay day) {
        RunPlan p;
        boolean longRun = day.dayOfWeek() == DayOfWeek.SUNDAY || day.dayOfWeek() == DayOfWeek.WEDNESDAY && day.index() % 14 < 7;
        if (longRun) {
            p = Workouts.longRun(RUNNER, day.isLast() ? 130 : day.between(110, 135))
                    .weather(day.isLast() ? 23 : Math.rint(day.between(22, 25)), Math.rint(day.between(55, 70)))
                    .intake(1400, 40, 0)
                    .heavyLegs(Math.rint(day.between(6, 8)))
                    .notes("plain water only; calf cramps after ~1h50, white salt crust on cap and shirt")
                    .logged(true);
        } else {
            p = TypicalWeek.plan(RUNNER, day);
            if (p == null) {
                return DayPlan.rest();
            }
            p.weather(Math.rint(day.between(20, 25)), Math.rint(day.between(50, 70)))
                    .heavyLegs(Math.rint(day.between(2, 4)))
                    .logged(false);
        }
        p.startTime(LocalTime.of(6, 45)).terrain(Terrain.rolling(450));
        return DayPlan.of(p);
    }

    @Override
    protected List<LabValue> labs() {
        var date = lastDay().minusDays(6); // the Monday morning after a long run
        return new Labs()
                .add(date, LabTest.SODIUM, 133, "mmol/L")
                .add(date, LabTest.POTASSIUM, 3.8, "mmol/L")
                .add(date, LabTest.MAGNESIUM, 0.74, "mmol/L")
                .add(date, LabTest.HEMOGLOBIN, 15.0, "g/dL")
                .add(date, LabTest.FERRITIN, 90, "ug/L")
                .list();
    }
}
