package org.heavylegs.web.view;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the dashboard writes numbers: always with their unit, a dash when unknown (NaN). Metric units,
 * as the athlete folder files use them.
 */
public final class Units {

    public static final String NONE = "–";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Units() {
    }

    /** "10.02 km" */
    public static String km(double metres) {
        return Double.isFinite(metres) ? String.format(Locale.ROOT, "%.2f km", metres / 1000) : NONE;
    }

    /** "1:02:03" or "42:10" (h:mm:ss or m:ss). */
    public static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return NONE;
        }
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Pace over a distance and time: "5:12 min/km". */
    public static String pace(double metres, double seconds) {
        if (!Double.isFinite(metres) || !Double.isFinite(seconds) || metres < 1 || seconds <= 0) {
            return NONE;
        }
        return paceOfSpeed(metres / seconds);
    }

    /** Speed for cycling ("27.3 km/h"), pace for everything else ("5:12 min/km"). */
    public static String paceOrSpeed(String sport, double metres, double seconds) {
        if (!"cycling".equals(sport)) {
            return pace(metres, seconds);
        }
        if (!Double.isFinite(metres) || !Double.isFinite(seconds) || metres < 1 || seconds <= 0) {
            return NONE;
        }
        return String.format(Locale.ROOT, "%.1f km/h", metres / seconds * 3.6);
    }

    /** Pace of a speed in m/s: "5:12 min/km". */
    public static String paceOfSpeed(double metresPerSecond) {
        if (!Double.isFinite(metresPerSecond) || metresPerSecond <= 0) {
            return NONE;
        }
        long s = Math.round(1000 / metresPerSecond);
        return String.format(Locale.ROOT, "%d:%02d min/km", s / 60, s % 60);
    }

    /** Seconds per km as pace text without unit: "5:12". */
    public static String paceValue(double secondsPerKm) {
        long s = Math.round(secondsPerKm);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    public static String bpm(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.0f bpm", v) : NONE;
    }

    public static String spm(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.0f spm", v) : NONE;
    }

    /** A number with a unit ("" for none), decimals as needed up to two. */
    public static String number(Double v, String unit) {
        if (v == null || !Double.isFinite(v)) {
            return NONE;
        }
        String n = v == Math.rint(v) && Math.abs(v) < 1e12 ? Long.toString(v.longValue())
                : String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return unit == null || unit.isEmpty() ? n : n + " " + unit;
    }

    /** "2026-03-01 07:30" in the athlete's zone. */
    public static String dateTime(Instant t, ZoneId zone) {
        return t == null ? NONE : DATE_TIME.format(t.atZone(zone));
    }

    /** The unit of a value key that carries it in its name (DESIGN.md: units are in the key names). */
    public static String unitOfKey(String key) {
        String[][] suffixes = {{"kcal", "kcal"}, {"_m_s", "m/s"}, {"_bpm", "bpm"}, {"_spm", "spm"},
            {"_brpm", "breaths/min"}, {"_ms", "ms"}, {"_cm", "cm"}, {"_pct", "%"}, {"_kg", "kg"}, {"_km", "km"},
            {"_deg", "°"}, {"_m", "m"}, {"_s", "s"}, {"_w", "W"}, {"_c", "°C"}, {"_hr", "bpm"}, {"_h", "h"}};
        for (String[] s : suffixes) {
            if (key.endsWith(s[0])) {
                return s[1];
            }
        }
        return "";
    }
}
