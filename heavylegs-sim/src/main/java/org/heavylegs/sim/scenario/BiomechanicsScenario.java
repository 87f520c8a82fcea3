package org.heavylegs.sim.scenario;

import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.sim.Expected;
import org.heavylegs.sim.history.Climate;
import org.heavylegs.sim.history.DayPlan;
import org.heavylegs.sim.history.PlanDay;
import org.heavylegs.sim.history.TypicalWeek;
import org.heavylegs.sim.run.Recording;
import org.heavylegs.sim.run.RunPlan;
import org.heavylegs.sim.run.RunnerProfile;

/**
 * The article's "excessive vertical oscillation" and "persistent overstriding": a tall runner with a
 * low cadence for his speed (~151 spm at 6:10 /km, under Garmin's 153 spm red band), long steps,
 * vertical oscillation 11.5 cm (Garmin orange/red boundary), vertical ratio over 10 % and ground
 * contact balance 47 % left (outside 47.8-52.2 %). Heiderscheit 2011: +5-10 % step rate lowers
 * joint loading. Everything else (load, fuel, labs, wellness, shoes) is fine.
 */
public final class BiomechanicsScenario extends SimulatedScenario {
    static final RunnerProfile RUNNER = new RunnerProfile(Sex.MALE, 84, 54, 178, 3.55, 55, 153, 6.0, 11.5, 292, 47.0,
            1.1, 40, Recording.WATCH_AND_STRAP);

    public BiomechanicsScenario() {
        super("biomechanics", "Low cadence (~151 spm) for speed, long steps, vertical oscillation 11.5 cm, vertical ratio "
                + "over 10 %, contact-time balance 47 % left.", 1010L, SIX_WEEKS, AUTUMN_END);
    }

    @Override
    public Expected expected() {
        return Expected.cause(Expected.BIOMECHANICS);
    }

    @Override
    protected RunnerProfile runner() {
        return RUNNER;
    }

    @Override
    protected Athlete athlete() {
        AthleteSpec a = new AthleteSpec(RUNNER, "Björn", 1981, 186);
        a.heavyLegsSinceDays = 90;
        a.shoeKm = 300.0;
        return a.build();
    }

    @Override
    protected DayPlan plan(PlanDay day) {
        RunPlan p = TypicalWeek.plan(RUNNER, day);
        if (p == null) {
            return DayPlan.rest();
        }
        p.weather(Climate.morningC(day), Climate.humidity(day))
                .intake(p.plannedMovingSeconds() >= 3600 ? 500 : 0, "long".equals(p.label()) ? 45 : 0, 0)
                .heavyLegs(Math.rint(day.between(4, 6)))
                .notes(day.rnd().nextDouble() < 0.3 ? "legs heavy and pounding, knees ache after" : null)
                .logged(false);
        return DayPlan.of(p);
    }
}
