package org.heavylegs.sim.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.sim.run.GeneratedRun;
import org.heavylegs.sim.run.RunGenerator;
import org.heavylegs.sim.run.RunnerProfile;

/**
 * Runs a planner over a span of days and hands every generated run, wellness day and run-log row
 * to a sink as soon as it exists, so that a long history never has to be held in memory.
 * Each day draws from its own split of the seed's generator, in day order: same seed, same history.
 */
public final class Simulation {
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    /** Decides each day. */
    public interface Planner {
        DayPlan plan(PlanDay day);
    }

    /** Receives what the simulation produces, in date order. */
    public interface Sink {
        void run(GeneratedRun run);

        void wellness(WellnessDay day);

        void log(RunLogEntry entry);
    }

    /**
     * @param wellness        which wellness columns the athlete records; null = no wellness log
     * @param foldersByYear   activities/YYYY/... instead of one flat folder
     */
    public record Setup(RunnerProfile runner, LocalDate firstDay, LocalDate lastDay, ZoneId zone, long seed,
                        WellnessColumns wellness, boolean foldersByYear) {
    }

    private Simulation() {
    }

    public static void run(Setup setup, Planner planner, Sink sink) {
        SplittableRandom root = new SplittableRandom(setup.seed());
        WellnessModel wellness = new WellnessModel(setup.runner(),
                setup.wellness() == null ? WellnessColumns.ALL : setup.wellness());
        int total = (int) (setup.lastDay().toEpochDay() - setup.firstDay().toEpochDay()) + 1;
        double yesterdayLoad = 0;
        int logRow = 1;
        for (int i = 0; i < total; i++) {
            LocalDate date = setup.firstDay().plusDays(i);
            SplittableRandom day = root.split();
            SplittableRandom planRnd = day.split();
            SplittableRandom runRnd = day.split();
            SplittableRandom morningRnd = day.split();
            SplittableRandom logRnd = day.split();
            DayPlan plan = planner.plan(new PlanDay(date, i, total - 1 - i, planRnd));
            WellnessDay morning = wellness.day(date, plan.shift(), yesterdayLoad, morningRnd);
            if (setup.wellness() != null) {
                sink.wellness(morning);
            }
            yesterdayLoad = 0;
            if (plan.run() == null) {
                continue;
            }
            ZonedDateTime start = ZonedDateTime.of(date, plan.run().startTime(), setup.zone())
                    .plusSeconds(runRnd.nextInt(60));
            GeneratedRun run = RunGenerator.generate(setup.runner(), plan.run(), start.toInstant(),
                    activitySource(start, setup.foldersByYear()), runRnd);
            sink.run(run);
            yesterdayLoad = run.timerS() / 60.0 * Math.max(0, run.meanHrReserve());
            double morningMass = morning.bodyMassKg() != null ? morning.bodyMassKg()
                    : setup.runner().massKg() + plan.shift().massKg();
            RunLogEntry entry = RunLogModel.entry(run, date, morningMass, logRow + 1, logRnd);
            if (entry != null) {
                sink.log(entry);
                logRow++;
            }
        }
    }

    /** The path of a run's file inside the athlete folder, from its local start time. */
    public static String activitySource(ZonedDateTime start, boolean byYear) {
        String name = FILE_TIME.format(start) + ".fit";
        return byYear ? "activities/" + start.getYear() + "/" + name : "activities/" + name;
    }
}
