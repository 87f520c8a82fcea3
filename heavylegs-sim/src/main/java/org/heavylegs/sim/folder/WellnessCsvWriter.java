package org.heavylegs.sim.folder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.athlete.WellnessDay;

/** wellness.csv exactly as DESIGN.md 2.2 defines it: one row per day. */
public final class WellnessCsvWriter {
    public static final String[] HEADER = {"date", "resting_hr", "hrv_rmssd_ms", "sleep_h", "body_mass_kg", "soreness",
        "fatigue", "stress", "motivation", "heavy_legs"};

    private WellnessCsvWriter() {
    }

    public static void write(Path file, List<WellnessDay> days) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (WellnessDay d : days) {
            rows.add(List.of(d.date().toString(), Decimals.of(d.restingHr(), 0), Decimals.of(d.hrvRmssdMs(), 1),
                    Decimals.of(d.sleepH(), 1), Decimals.of(d.bodyMassKg(), 1), Decimals.of(d.soreness(), 0),
                    Decimals.of(d.fatigue(), 0), Decimals.of(d.stress(), 0), Decimals.of(d.motivation(), 0),
                    Decimals.of(d.heavyLegs(), 0)));
        }
        CsvFiles.write(file, HEADER, rows);
    }
}
