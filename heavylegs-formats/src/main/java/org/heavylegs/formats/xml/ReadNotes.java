package org.heavylegs.formats.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader repaired or could not use, counted per kind so that a file with ten thousand bad
 * values gives one readable warning, not ten thousand. Also parses the numbers and times of
 * element texts, noting the ones that do not parse.
 */
final class ReadNotes {
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, String> firstExample = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    /** Counts one occurrence of an oddity, e.g. "trackpoints without a time, skipped". */
    void count(String what, String example) {
        counts.merge(what, 1, Integer::sum);
        if (example != null) {
            firstExample.putIfAbsent(what, example);
        }
    }

    /** A one-off note, kept once even when added again. */
    void note(String line) {
        if (!notes.contains(line)) {
            notes.add(line);
        }
    }

    /** The number in {@code text}, or NaN (noted) when it is not one; NaN without note when empty. */
    double number(String text, String element) {
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // counted below
        }
        count("values that are not numbers, left missing", "'" + shorten(text) + "' in " + element);
        return Double.NaN;
    }

    /** Epoch seconds of an ISO-8601 time, or NaN (noted) when it does not parse. */
    double time(String text, String element) {
        double t = XmlTimes.epochSeconds(text);
        if (Double.isNaN(t)) {
            if (!text.isEmpty()) {
                count("times that could not be read, left missing", "'" + shorten(text) + "' in " + element);
            }
        } else if (!XmlTimes.hasZone(text)) {
            note("times carry no time zone; read as UTC");
        }
        return t;
    }

    /** One readable line per kind of oddity. */
    List<String> lines() {
        List<String> out = new ArrayList<>(notes);
        counts.forEach((what, n) -> {
            String ex = firstExample.get(what);
            out.add(what + ": " + n + (ex == null ? "" : " (first: " + ex + ")"));
        });
        return out;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
