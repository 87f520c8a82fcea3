package org.heavylegs.formats.folder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.athlete.Plausible;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.history.InputProblem;

/**
 * runs.csv (DESIGN.md 2.2): one row per run, header
 * {@code start,pre_mass_kg,post_mass_kg,fluid_ml,carbs_g,sodium_mg,urine_ml,rpe,heavy_legs,temperature_c,humidity_pct,warmup_min,notes}.
 * {@code start} is an ISO date-time (with an offset such as Z or +01:00, or without one, then read in
 * the athlete's time zone; a space may stand for the T; seconds are optional) or a date.
 */
public final class RunsCsv {

    public static final List<String> COLUMNS = List.of("start", "pre_mass_kg", "post_mass_kg", "fluid_ml", "carbs_g",
            "sodium_mg", "urine_ml", "rpe", "heavy_legs", "temperature_c", "humidity_pct", "warmup_min", "notes");
    public static final List<String> REQUIRED = List.of("start");

    private RunsCsv() {
    }

    public static Parsed<RunLogEntry> parse(String label, String text, ZoneId zone, LocalDate today) {
        List<InputProblem> problems = new ArrayList<>();
        List<RunLogEntry> entries = new ArrayList<>();
        CsvTable table = CsvTable.parse(label, text, COLUMNS, REQUIRED, problems);
        if (table == null) {
            return new Parsed<>(entries, problems);
        }
        Map<Instant, Integer> firstLine = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Cells c = new Cells(row);
            LocalDate date = null;
            Instant start = null;
            String s = row.get("start");
            if (s == null) {
                c.error("start: missing (a date such as 2026-03-14 or a date-time such as 2026-03-14T07:30 is required)");
            } else {
                try {
                    start = instant(s, zone);
                    if (start != null) {
                        date = c.checkDate("start", start.atZone(zone).toLocalDate(), today);
                    } else {
                        date = c.checkDate("start", LocalDate.parse(s.strip()), today);
                    }
                } catch (DateTimeParseException e) {
                    c.error("start: '" + s + "' is not a date or date-time (e.g. 2026-03-14 or 2026-03-14T07:30)");
                }
            }
            RunLogEntry e = new RunLogEntry(date, start,
                    c.number("pre_mass_kg", Plausible.BODY_MASS_KG),
                    c.number("post_mass_kg", Plausible.BODY_MASS_KG),
                    c.number("fluid_ml", Plausible.FLUID_ML),
                    c.number("carbs_g", Plausible.CARBS_G),
                    c.number("sodium_mg", Plausible.SODIUM_MG),
                    c.number("urine_ml", Plausible.URINE_ML),
                    c.number("rpe", Plausible.SCALE_0_10),
                    c.number("heavy_legs", Plausible.SCALE_0_10),
                    c.number("temperature_c", Plausible.TEMPERATURE_C),
                    c.number("humidity_pct", Plausible.HUMIDITY_PCT),
                    c.number("warmup_min", Plausible.WARMUP_MIN),
                    c.text("notes"),
                    label + ":" + row.line());
            if (start != null && firstLine.containsKey(start)) {
                c.error("duplicate start " + s + " (already on line " + firstLine.get(start) + ")");
            }
            if (!c.ok() || date == null) {
                problems.add(InputProblem.refused(label, row.line(), c.reasons() + "; row skipped"));
                continue;
            }
            if (start != null) {
                firstLine.put(start, row.line());
            }
            entries.add(e);
        }
        return new Parsed<>(entries, problems);
    }

    /** The instant of a date-time, or null when the text is a plain date. */
    static Instant instant(String text, ZoneId zone) {
        String s = text.strip();
        if (s.length() <= 10) {
            return null;
        }
        if (s.charAt(10) == ' ') {
            s = s.substring(0, 10) + 'T' + s.substring(11).strip();
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(s).atZone(zone).toInstant();
        }
    }
}
