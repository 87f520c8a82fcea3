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
import org.heavylegs.sim.run.RunPlan;
import org.heavylegs.sim.run.RunnerProfile;

/**
 * A well-managed runner, no cause: two rest days a week and a steady load, warm-ups, drinks and
 * gels on long runs in cool autumn air (body mass loss well under 1 %), normal labs, wellness at
 * baseline, cadence 172 spm, vertical ratio ~8 %. The diagnosis must find no likely cause.
 */
public class ControlScenario extends SimulatedScenario {
    static final RunnerProfile RUNNER = RunnerProfile.typicalMale();

    public ControlScenario() {
        this("control", "Well managed: steady load with rest days, warm-ups, fluids and carbohydrate on long runs, "
                + "normal labs and wellness; no cause should be likely.", 1001L);
    }

    protected ControlScenario(String id, String summary, long seed) {
        super(id, summary, seed, SIX_WEEKS, AUTUMN_END);
    }

    @Override
    public Expected expected() {
        return Expected.noCause();
    }

    @Override
    protected RunnerProfile runner() {
        return RUNNER;
    }

    @Override
    protected Athlete athlete() {
        return spec().build();
    }

    /** The profile; red-flag cases change it. */
    AthleteSpec spec() {
        return new AthleteSpec(RUNNER, "Chris", 1988, 180);
    }

    @Override
    protected DayPlan plan(PlanDay day) {
        RunPlan p = TypicalWeek.plan(RUNNER, day);
        if (p == null) {
            return DayPlan.rest();
        }
        double minutes = p.plannedMovingSeconds() / 60;
        boolean longRun = "long".equals(p.label());
        p.weather(Climate.morningC(day), Climate.humidity(day))
                .intake(minutes >= 60 ? 500 : 0, longRun ? 45 : 0, minutes >= 60 ? 300 : 0)
                .heavyLegs(Math.rint(day.between(0, 2.4)));
        if (longRun || day.rnd().nextDouble() < 0.5) {
            p.logged(longRun);
        }
        return DayPlan.of(p);
    }

    @Override
    protected List<LabValue> labs() {
        return normalLabs().list();
    }

    /** A normal panel three weeks before the focus run. */
    Labs normalLabs() {
        var date = lastDay().minusDays(20);
        return new Labs()
                .add(date, LabTest.HEMOGLOBIN, 15.1, "g/dL")
                .add(date, LabTest.FERRITIN, 85, "ug/L")
                .add(date, LabTest.SODIUM, 140, "mmol/L")
                .add(date, LabTest.POTASSIUM, 4.3, "mmol/L")
                .add(date, LabTest.MAGNESIUM, 0.86, "mmol/L")
                .add(date, LabTest.CRP, 0.8, "mg/L");
    }
}
