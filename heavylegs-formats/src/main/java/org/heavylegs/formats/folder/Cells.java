package org.heavylegs.formats.folder;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.heavylegs.core.athlete.Plausible;

/**
 * Typed values of one CSV row, collecting every reason the row cannot be used, so that a row is
 * refused once with all its reasons ("resting_hr: 400 is not plausible (...); sleep_h: 'x' is not a number").
 */
final class Cells {

    /** A plain decimal number: no hex, no "NaN", no "Infinity", no thousands separators. */
    static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final CsvTable.Row row;
    private final List<String> errors = new ArrayList<>();

    Cells(CsvTable.Row row) {
        this.row = row;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    String reasons() {
        return String.join("; ", errors);
    }

    void error(String reason) {
        errors.add(reason);
    }

    String text(String column) {
        return row.get(column);
    }

    /** A number in range, or null when the cell is empty or wrong (then an error is recorded). */
    Double number(String column, Plausible.Range range) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        Double d = parseNumber(v);
        if (d == null) {
            errors.add(column + ": '" + v + "' is not a number");
            return null;
        }
        if (!range.contains(d)) {
            errors.add(column + ": " + v + " is not plausible (expected " + range.describe() + ")");
            return null;
        }
        return d;
    }

    static Double parseNumber(String v) {
        String s = v.strip();
        return NUMBER.matcher(s).matches() ? Double.valueOf(s) : null;
    }

    /** A required ISO date (yyyy-mm-dd), not after {@code today} and not before the earliest plausible date. */
    LocalDate date(String column, LocalDate today) {
        String v = row.get(column);
        if (v == null) {
            errors.add(column + ": missing (a date such as 2026-03-14 is required)");
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            errors.add(column + ": '" + v + "' is not a date (write it as yyyy-mm-dd, e.g. 2026-03-14)");
            return null;
        }
        return checkDate(column, d, today);
    }

    LocalDate checkDate(String column, LocalDate d, LocalDate today) {
        if (d.isAfter(today)) {
            errors.add(String.format(Locale.ROOT, "%s: %s is in the future (today is %s)", column, d, today));
            return null;
        }
        if (d.isBefore(Plausible.EARLIEST_DATE)) {
            errors.add(String.format(Locale.ROOT, "%s: %s is not plausible (before %s)", column, d, Plausible.EARLIEST_DATE));
            return null;
        }
        return d;
    }
}
