package org.heavylegs.formats.folder;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.heavylegs.core.history.InputProblem;

/**
 * One CSV log of the athlete folder parsed into rows by column name, each with the line an editor
 * shows it on (the header is line 1; a quoted field spanning lines moves later rows down). Column
 * names are matched case-insensitively; unknown columns are a warning, except a misspelt known one
 * (its values were meant to be used: refused, exit 3, with a "did you mean"); missing required ones
 * make the file unusable; a row with more values than columns is refused.
 */
final class CsvTable {

    /** CSV logs larger than this are refused (a decade of daily rows is well under 1 MB). */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** One data row: its line and its non-empty values by lower-case column name. */
    record Row(int line, Map<String, String> values) {
        String get(String column) {
            return values.get(column);
        }
    }

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = rows;
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * @return the table, or null when the file cannot be used at all (reason added to problems)
     */
    static CsvTable parse(String label, String text, List<String> known, List<String> required, List<InputProblem> problems) {
        if (text.isBlank()) {
            problems.add(InputProblem.refused(label, 0, "empty file: expected a header line such as '"
                    + String.join(",", known) + "'"));
            return null;
        }
        LineIndex lines = new LineIndex(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            List<String> header = null;
            int headerLine = 1;
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    int line = (int) parser.getCurrentLineNumber() + 1;
                    problems.add(InputProblem.refused(label, line, "broken CSV from here on (" + rootMessage(e)
                            + "); the rows before were used"));
                    break;
                }
                int line = lines.lineOf(firstCharacter(text, rec.getCharacterPosition()));
                if (header == null) {
                    headerLine = line;
                    header = header(label, line, rec, known, required, problems);
                    if (header == null) {
                        return null;
                    }
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                boolean extra = false;
                for (int i = 0; i < rec.size(); i++) {
                    String v = rec.get(i).strip();
                    if (i >= header.size()) {
                        extra |= !v.isEmpty();
                        continue;
                    }
                    if (!v.isEmpty() && header.get(i) != null && !values.containsKey(header.get(i))) {
                        values.put(header.get(i), v);
                    }
                }
                if (extra) {
                    problems.add(InputProblem.refused(label, line, String.format(Locale.ROOT,
                            "%d values but the header (line %d) has %d columns; row skipped", rec.size(), headerLine, header.size())));
                    continue;
                }
                rows.add(new Row(line, values));
            }
        } catch (IOException e) {
            problems.add(InputProblem.refused(label, 0, "cannot parse: " + e.getMessage()));
            return null;
        }
        return new CsvTable(rows);
    }

    /** Lower-case column names by position (null for unknown or repeated columns), or null when unusable. */
    private static List<String> header(String label, int line, CSVRecord rec, List<String> known, List<String> required,
                                       List<InputProblem> problems) {
        if (rec.size() == 1) {
            String only = rec.get(0);
            String separator = only.contains(";") ? "semicolons (;)" : only.contains("\t") ? "tabs" : null;
            if (separator != null) {
                // how spreadsheets in much of Europe save CSV: every row would be one unknown column
                problems.add(InputProblem.refused(label, line, "the columns are separated by " + separator
                        + ", not commas; the file was not used: save it as CSV with commas between the columns and '.' as the "
                        + "decimal mark (expected e.g. '" + String.join(",", known) + "')"));
                return null;
            }
        }
        List<String> names = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<String> given = new ArrayList<>();
        rec.forEach(raw -> given.add(raw.strip().toLowerCase(Locale.ROOT).replace(' ', '_')));
        for (String raw : rec) {
            String name = raw.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (name.isEmpty()) {
                names.add(null);
            } else if (!known.contains(name)) {
                String meant = meant(name, known, given);
                if (meant != null) {
                    // a misspelt known column: its values were meant to be used, so this is input lost (exit 3)
                    problems.add(InputProblem.refused(label, line, "unknown column '" + raw.strip() + "' ignored (did you mean '"
                            + meant + "'?): its values were not used; rename the column to use them"));
                } else {
                    problems.add(InputProblem.warning(label, line, "unknown column '" + raw.strip() + "' ignored (known: "
                            + String.join(", ", known) + ")"));
                }
                names.add(null);
            } else if (seen.contains(name)) {
                problems.add(InputProblem.warning(label, line, "column '" + name + "' appears twice; the first is used"));
                names.add(null);
            } else {
                seen.add(name);
                names.add(name);
            }
        }
        List<String> missing = required.stream().filter(r -> !seen.contains(r)).toList();
        if (!missing.isEmpty()) {
            problems.add(InputProblem.refused(label, line, "missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList())
                    + " in the header line; the file was not used (expected e.g. '" + String.join(",", known) + "')"));
            return null;
        }
        return names;
    }

    /**
     * The known column an unknown name was most likely meant to be, or null: one the file does not
     * already have, that the name is with its unit suffix left off ('sodium' for sodium_mg), or within
     * one typing slip of it (two for names of 6 letters or more: 'restinghr' for resting_hr). Short
     * unrelated names ('steps', 'day') are not matched.
     */
    static String meant(String name, List<String> known, List<String> given) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            if (given.contains(k)) {
                continue;
            }
            int d = k.startsWith(name + "_") ? 0 : editDistance(name, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return bestDistance <= (name.length() >= 6 ? 2 : 1) ? best : null;
    }

    /** Levenshtein distance: insertions, deletions and substitutions of one character each count 1. */
    private static int editDistance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    /**
     * Where a record really starts: commons-csv may place a record after skipped empty lines at the
     * first of them; a record itself never starts with a line break.
     */
    static long firstCharacter(String text, long position) {
        int i = (int) position;
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Character offset to 1-based line, counting \n, \r\n and a lone \r as one line break each. */
    static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineOf(long offset) {
            int i = java.util.Arrays.binarySearch(starts, (int) offset);
            return i >= 0 ? i + 1 : -i - 1;
        }
    }
}
