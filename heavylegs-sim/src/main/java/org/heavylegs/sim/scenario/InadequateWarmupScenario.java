package org.heavylegs.sim.scenario;

import java.time.LocalDate;
import java.time.LocalTime;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.sim.Expected;
import org.heavylegs.sim.history.Climate;
import org.heavylegs.sim.history.DayPlan;
import org.heavylegs.sim.history.PlanDay;
import org.heavylegs.sim.run.Recording;
import org.heavylegs.sim.run.RunPlan;
import org.heavylegs.sim.run.RunnerProfile;
import org.heavylegs.sim.run.Terrain;
import org.heavylegs.sim.run.Workouts;

/**
 * The article's "individual who immediately initiates a high-intensity run without prior
 * low-intensity activity": interval and tempo sessions on a track that start with the first rep
 * (race pace and a heart rate over 75 % of reserve within 2 min, SCIENCE.md 6.2 rule 3), easy and
 * long runs at full pace from the first step, in cool autumn mornings. runs.csv says warm-up 0 min
 * and heavy legs that ease after 10-15 min; athlete.yaml: warmup_min_typical 0, heaviness first km
 * only. Load, fuel, fluids, labs and wellness are fine. The focus run is a Tuesday interval session.
 */
public final class InadequateWarmupScenario extends SimulatedScenario {
    static final RunnerProfile RUNNER = new RunnerProfile(Sex.MALE, 70, 48, 192, 4.1, 66, 174, 7.5, 8.2, 238, 50.1,
            1.0, 38, Recording.WATCH_AND_STRAP);
    static final LocalDate TUESDAY_END = LocalDate.of(2026, 10, 20);

    public InadequateWarmupScenario() {
        super("inadequate_warmup", "Intervals started without a warm-up: race pace and high heart rate within the first "
                + "2 min, warm-up 0 min in runs.csv, heaviness in the first km only.", 1007L, SIX_WEEKS, TUESDAY_END);
    }

    @Override
    public Expected expected() {
        return Expected.cause(Expected.INADEQUATE_WARMUP);
    }

    @Override
    protected RunnerProfile runner() {
        return RUNNER;
    }

    @Override
    protected Athlete athlete() {
        AthleteSpec a = new AthleteSpec(RUNNER, "Leo", 1995, 179);
        a.warmupMinTypical = 0.0;
        a.heavyLegsSinceDays = 35;
        a.firstKmOnly = true;
        return a.build();
    }

    @Override
    protected DayPlan plan(PlanDay day) {
        RunPlan p = switch (day.dayOfWeek()) {
            case MONDAY, FRIDAY -> null;
            case TUESDAY -> Workouts.intervals(RUNNER, 6, 180, 120, false).subSport("track").terrain(Terrain.flat(405));
            case THURSDAY -> Workouts.tempo(RUNNER, day.between(20, 25), false).subSport("track").terrain(Terrain.flat(405));
            case WEDNESDAY, SATURDAY -> Workouts.easyNoWarmup(RUNNER, day.between(40, 50));
            case SUNDAY -> Workouts.steadyFromTheStart("long", day.between(80, 95), RUNNER.longSpeed());
        };
        if (p == null) {
            return DayPlan.rest();
        }
        boolean quality = "intervals".equals(p.label()) || "tempo".equals(p.label());
        p.startTime(LocalTime.of(6, 40).plusMinutes((long) day.between(0, 30)))
                .weather(Climate.morningC(day), Climate.humidity(day))
                .intake(p.plannedMovingSeconds() >= 3600 ? 500 : 0, "long".equals(p.label()) ? 40 : 0, 0)
                .coldStart(true)
                .heavyLegs(quality ? Math.rint(day.between(6, 7.5)) : Math.rint(day.between(3, 5)))
                .notes(quality ? "legs like concrete for the first 10 min, fine after that" : null)
                .logged(false);
        return DayPlan.of(p);
    }
}
