package org.heavylegs.sim.folder;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.heavylegs.core.athlete.RunLogEntry;

/**
 * runs.csv exactly as DESIGN.md 2.2 defines it. {@code start} is written as an ISO date-time in the
 * athlete's local time with its offset (e.g. 2026-10-18T07:02:11+02:00), or as a date when the entry
 * has no start time.
 */
public final class RunsCsvWriter {
    public static final String[] HEADER = {"start", "pre_mass_kg", "post_mass_kg", "fluid_ml", "carbs_g", "sodium_mg",
        "urine_ml", "rpe", "heavy_legs", "temperature_c", "humidity_pct", "warmup_min", "notes"};
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private RunsCsvWriter() {
    }

    public static void write(Path file, List<RunLogEntry> entries, ZoneId zone) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (RunLogEntry e : entries) {
            String start = e.start() == null ? e.date().toString() : START.format(e.start().atZone(zone));
            rows.add(Arrays.asList(start, Decimals.of(e.preMassKg(), 1), Decimals.of(e.postMassKg(), 1),
                    Decimals.of(e.fluidMl(), 0), Decimals.of(e.carbsG(), 0), Decimals.of(e.sodiumMg(), 0),
                    Decimals.of(e.urineMl(), 0), Decimals.of(e.rpe(), 0), Decimals.of(e.heavyLegs(), 0),
                    Decimals.of(e.temperatureC(), 0), Decimals.of(e.humidityPct(), 0), Decimals.of(e.warmupMin(), 0),
                    e.notes() == null ? "" : e.notes()));
        }
        CsvFiles.write(file, HEADER, rows);
    }
}
