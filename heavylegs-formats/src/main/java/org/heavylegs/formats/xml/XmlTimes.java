package org.heavylegs.formats.xml;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 date-times of TCX and GPX (xsd:dateTime) as epoch seconds with their fraction. The
 * usual shape (2021-04-16T13:37:53.000Z, or with +02:00) is read by hand, as every trackpoint
 * has one and java.time's formatter costs several times the rest of the point; anything else
 * goes through java.time.
 */
final class XmlTimes {
    private static final long SECONDS_PER_DAY = 86_400;

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
        double fast = fast(text);
        return Double.isNaN(fast) ? slow(text) : fast;
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

    static double slow(String text) {
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

    /** yyyy-MM-ddTHH:mm:ss[.f+][Z|±HH:mm]; NaN for any other shape (then java.time decides). */
    static double fast(String s) {
        int n = s.length();
        if (n < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return Double.NaN;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return Double.NaN;
        }
        int i = 19;
        double fraction = 0;
        if (i < n && s.charAt(i) == '.') {
            double scale = 0.1;
            int start = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                fraction += (s.charAt(i) - '0') * scale;
                scale /= 10;
                i++;
            }
            if (i == start || i - start > 9) {
                return Double.NaN;
            }
        }
        int offsetSeconds = 0;
        if (i < n) {
            char c = s.charAt(i);
            if (c == 'Z' && i + 1 == n) {
                offsetSeconds = 0;
            } else if ((c == '+' || c == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
                int oh = digits(s, i + 1, 2);
                int om = digits(s, i + 4, 2);
                if (oh < 0 || oh > 18 || om < 0 || om > 59) {
                    return Double.NaN;
                }
                offsetSeconds = (c == '+' ? 1 : -1) * (oh * 3600 + om * 60);
            } else {
                return Double.NaN;
            }
        }
        long epoch = daysFromCivil(year, month, day) * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offsetSeconds;
        return epoch + fraction;
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (the well-known days-from-civil count). */
    static long daysFromCivil(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }
}
