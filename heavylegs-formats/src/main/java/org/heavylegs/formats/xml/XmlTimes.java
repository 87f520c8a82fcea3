package org.heavylegs.formats.xml;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** ISO-8601 date-times of TCX and GPX (xsd:dateTime) as epoch seconds with their fraction. */
final class XmlTimes {
    private XmlTimes() {
    }

    /**
     * Epoch seconds, or NaN when the text is not an xsd:dateTime. A time without zone (which some
     * producers write) is read as UTC, as Garmin's schemas require UTC.
     */
    static double epochSeconds(String text) {
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            if (hasZone(text)) {
                OffsetDateTime t = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                return t.toEpochSecond() + t.getNano() / 1e9;
            }
            LocalDateTime t = LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            return t.toEpochSecond(ZoneOffset.UTC) + t.getNano() / 1e9;
        } catch (DateTimeParseException e) {
            return Double.NaN;
        }
    }

    /** True when the text ends in Z or a numeric offset after the time part. */
    static boolean hasZone(String text) {
        int tIndex = text.indexOf('T');
        if (tIndex < 0) {
            return false;
        }
        String time = text.substring(tIndex);
        return time.endsWith("Z") || time.endsWith("z") || time.indexOf('+') >= 0 || time.indexOf('-') >= 0;
    }
}
