package org.heavylegs.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.core.athlete.Symptoms;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.sim.folder.AthleteYamlWriter;
import org.heavylegs.sim.folder.Labs;
import org.heavylegs.sim.folder.LabsCsvWriter;
import org.heavylegs.sim.folder.RunsCsvWriter;
import org.heavylegs.sim.folder.WellnessCsvWriter;
import org.heavylegs.sim.history.Simulation;
import org.heavylegs.sim.history.TenYearPlanner;
import org.heavylegs.sim.history.WellnessColumns;
import org.heavylegs.sim.run.GeneratedRun;
import org.heavylegs.sim.run.RunnerProfile;
import org.heavylegs.sim.scenario.SimulatedScenario;

/**
 * Ten years of one runner (issue 8 item 1): about 3,000 runs of realistic length at 1 Hz, a third
 * with running dynamics and RR intervals, written on demand to a folder (activities/YYYY/*.fit,
 * wellness.csv, runs.csv, labs.csv, athlete.yaml). Runs are streamed: each is encoded and written
 * as soon as it is generated, so memory stays bounded whatever the span. Never commit the output.
 *
 * <p>Usage: {@code java -cp ... org.heavylegs.sim.TenYearAthlete DIR [SEED]}
 */
public final class TenYearAthlete {
    public static final long DEFAULT_SEED = 20_161_120L;
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 19);
    public static final int DAYS = 3653;
    static final RunnerProfile RUNNER = RunnerProfile.typicalMale();

    /** What was written. */
    public record Summary(int runs, int withDynamics, long samples, long fitBytes) {
    }

    private TenYearAthlete() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: TenYearAthlete DIR [SEED]");
            System.exit(2);
        }
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        Summary s = write(Path.of(args[0]), seed, DAYS);
        System.out.printf("%d runs (%d with running dynamics), %d samples, %.1f MB of FIT in %s%n",
                s.runs(), s.withDynamics(), s.samples(), s.fitBytes() / 1e6, args[0]);
    }

    /** Writes the last {@code days} days of the ten years (all of them with {@link #DAYS}). */
    public static Summary write(Path dir, long seed, int days) throws IOException {
        LocalDate first = LAST_DAY.minusDays(DAYS - 1L);
        LocalDate from = LAST_DAY.minusDays(days - 1L);
        Files.createDirectories(dir.resolve("activities"));
        List<WellnessDay> wellness = new ArrayList<>();
        List<RunLogEntry> runs = new ArrayList<>();
        long[] counts = new long[4];
        Simulation.Setup setup = new Simulation.Setup(RUNNER, from, LAST_DAY, SimulatedScenario.ZONE, seed,
                WellnessColumns.WATCH_ONLY, true);
        Simulation.run(setup, new TenYearPlanner(RUNNER, first, LAST_DAY, seed), new Simulation.Sink() {
            @Override
            public void run(GeneratedRun run) {
                try {
                    Path file = AthleteFolderWriter.writeActivity(dir, run.activity());
                    counts[0]++;
                    counts[1] += run.activity().rrS().length > 0 ? 1 : 0;
                    counts[2] += run.activity().streams().size();
                    counts[3] += Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void wellness(WellnessDay day) {
                wellness.add(day);
            }

            @Override
            public void log(RunLogEntry entry) {
                runs.add(entry);
            }
        });
        AthleteYamlWriter.write(dir.resolve("athlete.yaml"), athlete());
        WellnessCsvWriter.write(dir.resolve("wellness.csv"), wellness);
        RunsCsvWriter.write(dir.resolve("runs.csv"), runs, SimulatedScenario.ZONE);
        LabsCsvWriter.write(dir.resolve("labs.csv"), labs(from));
        return new Summary((int) counts[0], (int) counts[1], counts[2], counts[3]);
    }

    static Athlete athlete() {
        Symptoms none = new Symptoms(null, false, false, false, null, false, false, false, false, false, false, null, false);
        return new Athlete("Decade", Sex.MALE, 1984, 180.0, RUNNER.massKg(), RUNNER.hrMax(), RUNNER.hrRest(), null,
                Math.rint(1000 / RUNNER.thresholdSpeedMps()), null, null, null, 10.0, 500.0,
                SimulatedScenario.ZONE.getId(), none);
    }

    /** A normal yearly check-up each November. */
    static List<LabValue> labs(LocalDate from) {
        Labs labs = new Labs();
        for (int y = from.getYear(); y <= LAST_DAY.getYear(); y++) {
            LocalDate d = LocalDate.of(y, 11, 10);
            if (!d.isBefore(from) && !d.isAfter(LAST_DAY)) {
                labs.add(d, LabTest.HEMOGLOBIN, 15.0, "g/dL").add(d, LabTest.FERRITIN, 80, "ug/L")
                        .add(d, LabTest.SODIUM, 140, "mmol/L");
            }
        }
        return labs.list();
    }
}
