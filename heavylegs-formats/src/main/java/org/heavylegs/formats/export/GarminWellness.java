package org.heavylegs.formats.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.formats.UnreadableFileException;

/**
 * Reads the wellness JSON of a Garmin Connect "Export Your Data" archive into wellness days
 * (../shared/EXPORTS.md 1a): sleep hours from sleepData, nightly HRV from healthStatusData
 * (metrics of type HRV), resting HR from the UDSFile daily summaries and body mass from
 * userBioMetrics (weight.weight in grams). Shapes vary with the export's age, so records are
 * found leniently (a top-level array, or arrays inside wrapper objects), and values outside
 * plausible ranges are dropped with a warning instead of failing the file.
 */
public final class GarminWellness {

    /** Plausible ranges; outside them a reading is taken as a device or export error. */
    static final double MIN_RESTING_HR = 20;
    static final double MAX_RESTING_HR = 150;
    static final double MIN_HRV_MS = 1;
    static final double MAX_HRV_MS = 300;
    static final double MIN_BODY_MASS_KG = 20;
    static final double MAX_BODY_MASS_KG = 350;
    static final double MAX_SLEEP_H = 24;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The days read and what was dropped. */
    public record Result(List<WellnessDay> days, List<String> warnings) {
    }

    private GarminWellness() {
    }

    /** Reads one wellness file of the given kind (one of the GARMIN_* kinds). */
    public static Result read(String source, ExportFile kind, byte[] json) throws UnreadableFileException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UnreadableFileException(source, UnreadableFileException.Kind.CORRUPT_DATA,
                    "not valid JSON: " + e.getOriginalMessage(),
                    e.getLocation() == null ? -1 : e.getLocation().getLineNr());
        } catch (IOException e) {
            throw new UnreadableFileException(source, UnreadableFileException.Kind.IO, "cannot read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new UnreadableFileException(source, UnreadableFileException.Kind.CORRUPT_DATA, "empty JSON file");
        }
        List<JsonNode> records = new ArrayList<>();
        collect(root, records, 0);
        Map<LocalDate, Acc> byDate = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        int index = 0;
        for (JsonNode r : records) {
            index++;
            switch (kind) {
                case GARMIN_SLEEP -> sleep(r, byDate, warnings, index);
                case GARMIN_HEALTH_STATUS -> hrv(r, byDate, warnings, index);
                case GARMIN_DAILY_SUMMARY -> restingHr(r, byDate, warnings, index);
                case GARMIN_BIOMETRICS -> weight(r, byDate, warnings, index);
                default -> throw new IllegalArgumentException("not a Garmin wellness kind: " + kind);
            }
        }
        List<WellnessDay> days = new ArrayList<>();
        byDate.forEach((d, a) -> days.add(a.toDay(d)));
        return new Result(days, warnings);
    }

    /** Records are objects; they sit in a top-level array or in arrays inside wrapper objects. */
    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (depth > 4) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode e : node) {
                if (e.isObject() && looksLikeRecord(e)) {
                    out.add(e);
                } else if (e.isContainerNode()) {
                    collect(e, out, depth + 1);
                }
            }
        } else if (node.isObject()) {
            if (looksLikeRecord(node)) {
                out.add(node);
                return;
            }
            Iterator<JsonNode> it = node.elements();
            while (it.hasNext()) {
                JsonNode child = it.next();
                if (child.isContainerNode()) {
                    collect(child, out, depth + 1);
                }
            }
        }
    }

    private static boolean looksLikeRecord(JsonNode n) {
        return n.has("calendarDate") || n.has("weight") || n.has("metaData") || n.has("metrics")
                || n.has("sleepStartTimestampGMT") || n.has("restingHeartRate");
    }

    private static void sleep(JsonNode r, Map<LocalDate, Acc> byDate, List<String> warnings, int index) {
        LocalDate date = date(r.get("calendarDate"));
        if (date == null) {
            warnings.add("sleep record " + index + " has no calendarDate; skipped");
            return;
        }
        Double deep = number(r.get("deepSleepSeconds"));
        Double light = number(r.get("lightSleepSeconds"));
        Double rem = number(r.get("remSleepSeconds"));
        double hours;
        if (deep != null || light != null || rem != null) {
            hours = (orZero(deep) + orZero(light) + orZero(rem)) / 3600.0;
        } else {
            Double start = number(r.get("sleepStartTimestampGMT"));
            Double end = number(r.get("sleepEndTimestampGMT"));
            if (start == null || end == null) {
                return; // a day without a sleep window: nothing recorded
            }
            hours = (end - start) / 3_600_000.0 - orZero(number(r.get("awakeSleepSeconds"))) / 3600.0;
        }
        if (hours <= 0) {
            return;
        }
        if (hours > MAX_SLEEP_H) {
            warnings.add(date + ": sleep of " + round1(hours) + " h is impossible; skipped");
            return;
        }
        byDate.computeIfAbsent(date, d -> new Acc()).sleepH.add(hours);
    }

    private static void hrv(JsonNode r, Map<LocalDate, Acc> byDate, List<String> warnings, int index) {
        LocalDate date = date(r.get("calendarDate"));
        JsonNode metrics = r.get("metrics");
        if (date == null || metrics == null || !metrics.isArray()) {
            return;
        }
        for (JsonNode m : metrics) {
            if (!"HRV".equalsIgnoreCase(text(m.get("type")))) {
                continue;
            }
            Double v = number(m.get("value"));
            if (v == null) {
                continue; // onboarding rows carry no value
            }
            if (v < MIN_HRV_MS || v > MAX_HRV_MS) {
                warnings.add(date + ": HRV of " + v + " ms is outside " + MIN_HRV_MS + "-" + MAX_HRV_MS + "; skipped");
                continue;
            }
            byDate.computeIfAbsent(date, d -> new Acc()).hrv.add(v);
        }
    }

    private static void restingHr(JsonNode r, Map<LocalDate, Acc> byDate, List<String> warnings, int index) {
        LocalDate date = date(r.get("calendarDate"));
        if (date == null) {
            return;
        }
        Double v = number(r.get("restingHeartRate"));
        if (v == null || v == 0) {
            v = number(r.get("currentDayRestingHeartRate"));
        }
        if (v == null || v == 0) {
            return;
        }
        if (v < MIN_RESTING_HR || v > MAX_RESTING_HR) {
            warnings.add(date + ": resting HR of " + v + " is outside " + MIN_RESTING_HR + "-" + MAX_RESTING_HR + "; skipped");
            return;
        }
        byDate.computeIfAbsent(date, d -> new Acc()).restingHr.add(v);
    }

    private static void weight(JsonNode r, Map<LocalDate, Acc> byDate, List<String> warnings, int index) {
        JsonNode w = r.get("weight");
        Double grams = w == null ? null : w.isObject() ? number(w.get("weight")) : number(w);
        if (grams == null || grams == 0) {
            return; // zero means a failed scale reading
        }
        LocalDate date = firstDate(r.get("calendarDate"), r.path("metaData").get("calendarDate"),
                w.isObject() ? w.get("calendarDate") : null,
                w.isObject() ? w.get("timestampGMT") : null, r.get("timestampGMT"),
                w.isObject() ? w.get("date") : null);
        if (date == null) {
            warnings.add("weight record " + index + " has no date; skipped");
            return;
        }
        double kg = grams / 1000.0;
        if (kg < MIN_BODY_MASS_KG || kg > MAX_BODY_MASS_KG) {
            warnings.add(date + ": body mass of " + round1(kg) + " kg is outside "
                    + MIN_BODY_MASS_KG + "-" + MAX_BODY_MASS_KG + "; skipped");
            return;
        }
        byDate.computeIfAbsent(date, d -> new Acc()).mass.add(kg);
    }

    private static LocalDate firstDate(JsonNode... candidates) {
        for (JsonNode c : candidates) {
            LocalDate d = date(c);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** "2024-03-01", "2024-03-01T00:00:00.0", epoch milliseconds, or an object with a "date". */
    static LocalDate date(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isObject()) {
            return date(n.get("date"));
        }
        if (n.isNumber()) {
            return Instant.ofEpochMilli(n.asLong()).atOffset(ZoneOffset.UTC).toLocalDate();
        }
        String s = n.asText().trim();
        if (s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Double number(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isNumber()) {
            double v = n.asDouble();
            return Double.isFinite(v) ? v : null;
        }
        if (n.isTextual()) {
            try {
                double v = Double.parseDouble(n.asText().trim());
                return Double.isFinite(v) ? v : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** Readings of one day; several readings of a kind are averaged. */
    private static final class Acc {
        final List<Double> restingHr = new ArrayList<>();
        final List<Double> hrv = new ArrayList<>();
        final List<Double> sleepH = new ArrayList<>();
        final List<Double> mass = new ArrayList<>();

        WellnessDay toDay(LocalDate date) {
            return new WellnessDay(date, mean(restingHr), mean(hrv), max(sleepH), mean(mass),
                    null, null, null, null, null);
        }

        private static Double mean(List<Double> v) {
            return v.isEmpty() ? null : v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        }

        /** A night recorded twice (a re-synced day) counts once. */
        private static Double max(List<Double> v) {
            return v.isEmpty() ? null : v.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        }
    }
}
