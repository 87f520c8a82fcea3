package org.heavylegs.web.input;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.heavylegs.core.history.InputProblem;

/**
 * Checks a submission with the very reader of the matching athlete-folder file (wellness.csv,
 * runs.csv, labs.csv): the submission is written as a one-row CSV and read back, so a value is
 * accepted in the dashboard exactly when it would be accepted in the file, with the same
 * plausibility ranges (core's Plausible) and unit conversions (core's LabUnits) and the same words.
 * docs/decisions/0006-dashboard-jte-and-reader-validation.md says why.
 */
final class ReaderCheck {

    /** The label the readers use in messages; the source of stored rows becomes "dashboard:2". */
    static final String LABEL = "dashboard";

    private ReaderCheck() {
    }

    /** Fields of the submission that the file does not have, as general errors. */
    static List<String> unknownFields(Submission s, List<String> known) {
        List<String> out = new ArrayList<>();
        for (String f : s.fields().keySet()) {
            if (!known.contains(f)) {
                out.add("unknown field '" + f + "' (known: " + String.join(", ", known) + ")");
            }
        }
        return out;
    }

    /** The header and one row of the given columns, quoted as CSV needs. */
    static String oneRowCsv(List<String> columns, Submission s) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            p.printRecord(columns);
            List<String> row = new ArrayList<>();
            for (String c : columns) {
                String v = s.first(c);
                row.add(v == null ? "" : v.replace('\r', ' ').replace('\n', ' '));
            }
            p.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Sorts the reader's problems into field errors ("col: reason" parts of a refused row), general
     * errors and notes (warnings).
     */
    static void sort(List<InputProblem> problems, List<String> columns, Map<String, String> fieldErrors,
                     List<String> errors, List<String> notes) {
        Pattern split = Pattern.compile("; (?=(?:" + String.join("|", columns.stream().map(Pattern::quote).toList()) + "): )");
        for (InputProblem p : problems) {
            if (!p.refused()) {
                notes.add(p.reason());
                continue;
            }
            if (p.key() != null) {
                fieldErrors.merge(p.key(), stripTail(p.reason()), (a, b) -> a + "; " + b);
                continue;
            }
            String reasons = stripTail(p.reason());
            for (String part : split.split(reasons)) {
                int colon = part.indexOf(": ");
                String field = colon > 0 ? part.substring(0, colon) : null;
                if (field != null && columns.contains(field)) {
                    fieldErrors.merge(field, part.substring(colon + 2), (a, b) -> a + "; " + b);
                } else {
                    errors.add(part);
                }
            }
        }
    }

    /** The reader's "; row skipped" or "; treated as not given" says what it did with a file; a form says it otherwise. */
    private static String stripTail(String reason) {
        for (String tail : List.of("; row skipped", "; treated as not given")) {
            if (reason.endsWith(tail)) {
                return reason.substring(0, reason.length() - tail.length());
            }
        }
        return reason;
    }

    static <T> Checked<T> result(T value, Map<String, String> fieldErrors, List<String> errors, List<String> notes) {
        boolean ok = fieldErrors.isEmpty() && errors.isEmpty();
        return new Checked<>(ok ? value : null, new LinkedHashMap<>(fieldErrors), errors, notes);
    }
}
