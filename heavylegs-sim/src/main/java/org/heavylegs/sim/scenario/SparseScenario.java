package org.heavylegs.sim.scenario;

import java.util.List;
import java.util.SplittableRandom;
import java.time.ZonedDateTime;
import org.heavylegs.sim.AthleteFolder;
import org.heavylegs.sim.Expected;
import org.heavylegs.sim.Scenario;
import org.heavylegs.sim.history.Simulation;
import org.heavylegs.sim.run.Recording;
import org.heavylegs.sim.run.RunGenerator;
import org.heavylegs.sim.run.RunPlan;
import org.heavylegs.sim.run.RunnerProfile;
import org.heavylegs.sim.run.Workouts;

/**
 * Sparse data: one FIT file of a 45-min easy run from a plain watch (position, wrist heart rate,
 * cadence), and nothing else: no profile, no logs, no labs. The diagnosis must answer "unknown"
 * with the missing data that would decide, not verdicts.
 */
public final class SparseScenario implements Scenario {
    static final RunnerProfile RUNNER = RunnerProfile.typicalMale().withRecording(Recording.WATCH);

    @Override
    public String id() {
        return "sparse";
    }

    @Override
    public String summary() {
        return "One FIT file of an easy run and nothing else: causes should be unknown with missing-data hints.";
    }

    @Override
    public long seed() {
        return 1012L;
    }

    @Override
    public Expected expected() {
        return Expected.sparse();
    }

    @Override
    public AthleteFolder generate() {
        ZonedDateTime start = SimulatedScenario.AUTUMN_END.atTime(7, 12).atZone(SimulatedScenario.ZONE);
        RunPlan plan = Workouts.easy(RUNNER, 45).weather(9, 75);
        var run = RunGenerator.generate(RUNNER, plan, start.toInstant(), Simulation.activitySource(start, false),
                new SplittableRandom(seed()));
        return new AthleteFolder(null, List.of(run.activity()), null, null, null);
    }
}
