package org.heavylegs.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.formats.fit.FitEncoder;
import org.heavylegs.sim.folder.AthleteYamlWriter;
import org.heavylegs.sim.folder.LabsCsvWriter;
import org.heavylegs.sim.folder.RunsCsvWriter;
import org.heavylegs.sim.folder.WellnessCsvWriter;

/**
 * Writes an athlete folder (DESIGN.md 2.2): athlete.yaml, activities/*.fit through our
 * {@link FitEncoder}, wellness.csv, runs.csv and labs.csv. Absent parts are not written.
 */
public final class AthleteFolderWriter {
    /** The serial number written into every simulated FIT file. */
    public static final long SERIAL_NUMBER = 3_900_000_001L;

    private static final FitEncoder ENCODER = new FitEncoder(SERIAL_NUMBER);

    private AthleteFolderWriter() {
    }

    public static void write(AthleteFolder folder, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("activities"));
        if (folder.athlete() != null) {
            AthleteYamlWriter.write(dir.resolve("athlete.yaml"), folder.athlete());
        }
        for (Activity a : folder.activities()) {
            writeActivity(dir, a);
        }
        if (folder.wellness() != null) {
            WellnessCsvWriter.write(dir.resolve("wellness.csv"), folder.wellness());
        }
        if (folder.runs() != null) {
            RunsCsvWriter.write(dir.resolve("runs.csv"), folder.runs(), zone(folder.athlete()));
        }
        if (folder.labs() != null) {
            LabsCsvWriter.write(dir.resolve("labs.csv"), folder.labs());
        }
    }

    /** Writes one activity as FIT at its {@link Activity#source()} path inside dir; returns the file. */
    public static Path writeActivity(Path dir, Activity a) throws IOException {
        Path file = dir.resolve(a.source());
        Files.createDirectories(file.getParent());
        Files.write(file, ENCODER.encode(a));
        return file;
    }

    /** The zone runs.csv times are written in: the athlete's timezone, else UTC. */
    static ZoneId zone(Athlete athlete) {
        return athlete == null || athlete.timezone() == null ? ZoneOffset.UTC : ZoneId.of(athlete.timezone());
    }
}
