package org.heavylegs.formats.folder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.athlete.Plausible;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.core.history.InputProblem;

/**
 * wellness.csv (DESIGN.md 2.2): one row per day, header
 * {@code date,resting_hr,hrv_rmssd_ms,sleep_h,body_mass_kg,soreness,fatigue,stress,motivation,heavy_legs}.
 * Only {@code date} is required; any other column may be absent or empty.
 */
public final class WellnessCsv {

    public static final List<String> COLUMNS = List.of("date", "resting_hr", "hrv_rmssd_ms", "sleep_h", "body_mass_kg",
            "soreness", "fatigue", "stress", "motivation", "heavy_legs");
    public static final List<String> REQUIRED = List.of("date");

    private WellnessCsv() {
    }

    /**
     * @param label how to name the file in messages
     * @param today rows dated after it are refused as being in the future
     */
    public static Parsed<WellnessDay> parse(String label, String text, LocalDate today) {
        List<InputProblem> problems = new ArrayList<>();
        List<WellnessDay> days = new ArrayList<>();
        CsvTable table = CsvTable.parse(label, text, COLUMNS, REQUIRED, problems);
        if (table == null) {
            return new Parsed<>(days, problems);
        }
        Map<LocalDate, Integer> firstLine = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Cells c = new Cells(row);
            LocalDate date = c.date("date", today);
            WellnessDay day = new WellnessDay(date,
                    c.number("resting_hr", Plausible.RESTING_HR),
                    c.number("hrv_rmssd_ms", Plausible.HRV_RMSSD_MS),
                    c.number("sleep_h", Plausible.SLEEP_H),
                    c.number("body_mass_kg", Plausible.BODY_MASS_KG),
                    c.number("soreness", Plausible.SCALE_0_10),
                    c.number("fatigue", Plausible.SCALE_0_10),
                    c.number("stress", Plausible.SCALE_0_10),
                    c.number("motivation", Plausible.SCALE_0_10),
                    c.number("heavy_legs", Plausible.SCALE_0_10));
            if (date != null && firstLine.containsKey(date)) {
                c.error("duplicate date " + date + " (already on line " + firstLine.get(date) + ")");
            }
            if (!c.ok()) {
                problems.add(InputProblem.refused(label, row.line(), c.reasons() + "; row skipped"));
                continue;
            }
            firstLine.put(date, row.line());
            days.add(day);
        }
        return new Parsed<>(days, problems);
    }
}
