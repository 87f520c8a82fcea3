package org.heavylegs.formats.folder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.Plausible;
import org.heavylegs.core.history.InputProblem;
import org.heavylegs.core.unit.LabUnits;

/**
 * labs.csv (DESIGN.md 2.2): one row per lab value, header {@code date,test,value,unit}, all required.
 * Values are converted to the canonical unit of their test ({@link LabTest#canonicalUnit()}).
 * A value written as "&lt;0.5" or "&gt;1000" (a detection limit) is read as that number, with a warning.
 */
public final class LabsCsv {

    public static final List<String> COLUMNS = List.of("date", "test", "value", "unit");
    public static final List<String> REQUIRED = COLUMNS;

    /** Other spellings of test names that labs print. */
    static final Map<String, LabTest> ALIASES = Map.of(
            "haemoglobin", LabTest.HEMOGLOBIN,
            "hb", LabTest.HEMOGLOBIN,
            "hgb", LabTest.HEMOGLOBIN,
            "tsat", LabTest.TRANSFERRIN_SATURATION,
            "hs_crp", LabTest.CRP,
            "c_reactive_protein", LabTest.CRP,
            "a1c", LabTest.HBA1C);

    private LabsCsv() {
    }

    public static Parsed<LabValue> parse(String label, String text, LocalDate today) {
        List<InputProblem> problems = new ArrayList<>();
        List<LabValue> values = new ArrayList<>();
        CsvTable table = CsvTable.parse(label, text, COLUMNS, REQUIRED, problems);
        if (table == null) {
            return new Parsed<>(values, problems);
        }
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Cells c = new Cells(row);
            LocalDate date = c.date("date", today);
            LabTest test = test(row.get("test"), c);
            String unit = row.get("unit");
            String raw = row.get("value");
            Double given = null;
            if (raw == null) {
                c.error("value: missing");
            } else {
                String v = raw.strip();
                boolean limit = v.startsWith("<") || v.startsWith(">");
                given = Cells.parseNumber(limit ? v.substring(1) : v);
                if (given == null) {
                    c.error("value: '" + raw + "' is not a number");
                } else if (limit) {
                    problems.add(InputProblem.warning(label, row.line(), "value '" + v + "' read as " + v.substring(1).strip()
                            + " (a detection limit)"));
                }
            }
            double canonical = Double.NaN;
            if (test != null) {
                if (unit == null) {
                    c.error("unit: missing (use " + String.join(", ", LabUnits.acceptedUnits(test)) + " for " + test.key() + ")");
                } else if (given != null) {
                    OptionalDouble conv = LabUnits.toCanonical(test, unit, given);
                    if (conv.isEmpty()) {
                        c.error("unit: '" + unit + "' is not known for " + test.key() + " (use "
                                + String.join(", ", LabUnits.acceptedUnits(test)) + ")");
                    } else {
                        canonical = conv.getAsDouble();
                        Plausible.Range range = Plausible.lab(test);
                        if (!range.contains(canonical)) {
                            c.error(String.format(Locale.ROOT, "value: %s %s is not plausible for %s (expected %s)",
                                    raw.strip(), unit, test.key(), range.describe()));
                        }
                    }
                }
            }
            if (date != null && test != null) {
                String key = date + "|" + test;
                if (firstLine.containsKey(key)) {
                    c.error("duplicate " + test.key() + " on " + date + " (already on line " + firstLine.get(key) + ")");
                } else if (c.ok()) {
                    firstLine.put(key, row.line());
                }
            }
            if (!c.ok()) {
                problems.add(InputProblem.refused(label, row.line(), c.reasons() + "; row skipped"));
                continue;
            }
            values.add(new LabValue(date, test, canonical, given, unit.strip(), label + ":" + row.line()));
        }
        return new Parsed<>(values, problems);
    }

    private static LabTest test(String raw, Cells c) {
        if (raw == null) {
            c.error("test: missing");
            return null;
        }
        String key = raw.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (LabTest t : LabTest.values()) {
            if (t.key().equals(key)) {
                return t;
            }
        }
        LabTest alias = ALIASES.get(key);
        if (alias != null) {
            return alias;
        }
        c.error("test: unknown test '" + raw + "' (known: "
                + String.join(", ", Arrays.stream(LabTest.values()).map(LabTest::key).toList()) + ")");
        return null;
    }
}
