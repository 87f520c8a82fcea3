package org.heavylegs.formats.export;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.heavylegs.formats.UnreadableFileException;

/**
 * Reads Strava's bulk-export activities.csv (../shared/EXPORTS.md 1b). Its header repeats five
 * names (Elapsed Time, Distance, Max Heart Rate, Relative Effort, Commute): the first occurrence
 * is the display value (Distance in km or miles), the second the base unit (metres, seconds), so
 * columns are found by name <em>and occurrence</em>, i.e. by position, never through a name map.
 * Older exports have fewer columns; a missing column gives null. Decimal commas are accepted.
 */
public final class StravaActivities {

    /** One row: what links it to its file and the weather Strava attached to it. */
    public record Row(
            int line,
            String activityId,
            String name,
            String type,
            Instant start,
            /** Relative to the export's root, e.g. "activities/123.fit.gz"; null for manual entries. */
            String filename,
            Double elapsedS,
            Double movingS,
            Double distanceM,
            /** Air temperature, degrees C (Strava's weather columns are in SI units). */
            Double temperatureC,
            Double apparentTemperatureC,
            Double dewpointC,
            /** Relative humidity in percent (Strava writes a fraction 0-1; converted here). */
            Double humidityPct,
            Double windSpeedMS,
            String weatherCondition) {
    }

    /** Rows read and what could not be used. */
    public record Result(List<Row> rows, List<String> warnings) {
    }

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.ROOT),
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private StravaActivities() {
    }

    public static Result read(String source, byte[] csv) throws UnreadableFileException {
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder().get())) {
            records = parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException(source, UnreadableFileException.Kind.CORRUPT_DATA,
                    "not a readable CSV file: " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw new UnreadableFileException(source, UnreadableFileException.Kind.CORRUPT_DATA, "empty file");
        }
        Header h = new Header(records.get(0));
        if (h.index("Activity ID", 0) < 0 || h.index("Filename", 0) < 0) {
            throw new UnreadableFileException(source, UnreadableFileException.Kind.UNKNOWN_FORMAT,
                    "not Strava's activities.csv in English (no 'Activity ID' and 'Filename' columns); "
                            + "localized exports are not read yet", 1);
        }
        List<Row> rows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            CSVRecord r = records.get(i);
            int line = (int) r.getRecordNumber();
            String date = h.text(r, "Activity Date", 0);
            Instant start = parseDate(date);
            if (start == null && date != null) {
                warnings.add(source + ":" + line + ": cannot read the date '" + date + "'");
            }
            Double humidity = h.number(r, "Humidity", 0);
            if (humidity != null && humidity <= 1.0) {
                humidity = humidity * 100.0;
            }
            Double distanceM = h.number(r, "Distance", 1);
            rows.add(new Row(line,
                    h.text(r, "Activity ID", 0),
                    h.text(r, "Activity Name", 0),
                    h.text(r, "Activity Type", 0),
                    start,
                    h.text(r, "Filename", 0),
                    h.firstNumber(r, "Elapsed Time", 1, 0),
                    h.number(r, "Moving Time", 0),
                    distanceM,
                    h.number(r, "Weather Temperature", 0),
                    h.number(r, "Apparent Temperature", 0),
                    h.number(r, "Dewpoint", 0),
                    humidity,
                    h.number(r, "Wind Speed", 0),
                    h.text(r, "Weather Condition", 0)));
        }
        return new Result(rows, warnings);
    }

    static Instant parseDate(String s) {
        if (s == null) {
            return null;
        }
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDateTime.parse(s.trim(), f).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return null;
    }

    /** Column positions by name and occurrence. */
    private static final class Header {
        private final Map<String, List<Integer>> positions = new HashMap<>();

        Header(CSVRecord header) {
            for (int i = 0; i < header.size(); i++) {
                positions.computeIfAbsent(header.get(i).trim(), k -> new ArrayList<>()).add(i);
            }
        }

        int index(String name, int occurrence) {
            List<Integer> p = positions.get(name);
            return p == null || p.size() <= occurrence ? -1 : p.get(occurrence);
        }

        String text(CSVRecord r, String name, int occurrence) {
            int i = index(name, occurrence);
            if (i < 0 || i >= r.size()) {
                return null;
            }
            String v = r.get(i).trim();
            return v.isEmpty() ? null : v;
        }

        Double number(CSVRecord r, String name, int occurrence) {
            return parseNumber(text(r, name, occurrence));
        }

        /** The value of the preferred occurrence, else of the fallback one. */
        Double firstNumber(CSVRecord r, String name, int preferred, int fallback) {
            Double v = number(r, name, preferred);
            return v != null ? v : number(r, name, fallback);
        }
    }

    static Double parseNumber(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace("\u00a0", "").replace(" ", "");
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0 && t.indexOf(',') == t.lastIndexOf(',')) {
            t = t.replace(',', '.');
        } else {
            t = t.replace(",", "");
        }
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
