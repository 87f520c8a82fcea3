package org.heavylegs.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.heavylegs.core.athlete.WellnessDay;

/**
 * Wellness days, kept per origin ("wellness.csv", "export:garmin", ...) and merged when loaded: for
 * each value, the runner's own log wins over a device export ({@link #EXPORT_PREFIX}).
 */
public final class Wellness {

    /** Origins starting with this come from device exports and yield to the runner's own log. */
    public static final String EXPORT_PREFIX = "export:";
    /** The origin of wellness days read from a Garmin Connect export. */
    public static final String GARMIN_EXPORT = "export:garmin";

    private static final String[] COLUMNS = {"resting_hr", "hrv_rmssd_ms", "sleep_h", "body_mass_kg",
        "soreness", "fatigue", "stress", "motivation", "heavy_legs"};

    private final Store store;

    Wellness(Store store) {
        this.store = store;
    }

    /**
     * Merges days into an origin: a value given here replaces the stored one, a null keeps it (an
     * export's sleep file and its daily-summary file fill different values of the same day).
     */
    public void merge(String origin, Collection<WellnessDay> days) {
        store.inTransaction(c -> {
            merge(c, origin, days);
            return null;
        });
    }

    static void merge(Connection c, String origin, Collection<WellnessDay> days) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO wellness_day (day, origin");
        for (String col : COLUMNS) {
            sql.append(", ").append(col);
        }
        sql.append(") VALUES (?, ?").append(", ?".repeat(COLUMNS.length)).append(") ON CONFLICT (day, origin) DO UPDATE SET ");
        for (int i = 0; i < COLUMNS.length; i++) {
            sql.append(i == 0 ? "" : ", ").append(COLUMNS[i]).append(" = COALESCE(excluded.").append(COLUMNS[i])
                    .append(", wellness_day.").append(COLUMNS[i]).append(')');
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (WellnessDay d : days) {
                SqlText.set(ps, 1, d.date().toString());
                SqlText.set(ps, 2, origin);
                Double[] v = values(d);
                for (int i = 0; i < v.length; i++) {
                    setNullable(ps, 3 + i, v[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Replaces everything of an origin (re-reading wellness.csv). */
    public void replace(String origin, Collection<WellnessDay> days) {
        store.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM wellness_day WHERE origin = ?")) {
                SqlText.set(del, 1, origin);
                del.executeUpdate();
            }
            merge(c, origin, days);
            return null;
        });
    }

    /** All days, merged across origins, in date order: per value, the runner's log first, then exports. */
    public List<WellnessDay> days() {
        return store.read(c -> {
            Map<LocalDate, WellnessDay> own = new TreeMap<>();
            Map<LocalDate, WellnessDay> exported = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT day, origin, " + String.join(", ", COLUMNS)
                    + " FROM wellness_day ORDER BY day, origin");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate day = LocalDate.parse(rs.getString(1));
                    Map<LocalDate, WellnessDay> target = rs.getString(2).startsWith(EXPORT_PREFIX) ? exported : own;
                    WellnessDay row = row(rs, day, 3);
                    target.merge(day, row, WellnessDay::orElse); // within own logs or exports: the first origin wins
                }
            }
            Map<LocalDate, WellnessDay> merged = new TreeMap<>(exported);
            own.forEach((day, d) -> merged.put(day, d.orElse(exported.get(day))));
            return new ArrayList<>(merged.values());
        });
    }

    /** The days one wellness file gave, in date order, and the values dropped from it. */
    public record FileWellness(List<WellnessDay> days, List<String> warnings) {
    }

    /** The values a wellness file can give (a device export has no subjective scales). */
    private static final String[] FILE_COLUMNS = {"resting_hr", "hrv_rmssd_ms", "sleep_h", "body_mass_kg"};

    /** Keeps what one wellness file gave under its content hash, replacing what was kept before. */
    static void putFile(Connection c, String sha256, Collection<WellnessDay> days, List<String> warnings)
            throws SQLException {
        for (String table : List.of("wellness_file_day", "wellness_file_warning")) {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM " + table + " WHERE file_sha256 = ?")) {
                SqlText.set(del, 1, sha256);
                del.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO wellness_file_day (file_sha256, day, "
                + String.join(", ", FILE_COLUMNS) + ") VALUES (?, ?" + ", ?".repeat(FILE_COLUMNS.length) + ")")) {
            for (WellnessDay d : days) {
                SqlText.set(ps, 1, sha256);
                SqlText.set(ps, 2, d.date().toString());
                Double[] v = values(d);
                for (int i = 0; i < FILE_COLUMNS.length; i++) {
                    setNullable(ps, 3 + i, v[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO wellness_file_warning (file_sha256, position, message) VALUES (?, ?, ?)")) {
            for (int i = 0; i < warnings.size(); i++) {
                SqlText.set(ps, 1, sha256);
                ps.setInt(2, i);
                SqlText.set(ps, 3, warnings.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * What each of the given wellness files gave, by content hash; a file that gave neither a day
     * nor a warning (or is not a stored wellness file) is absent.
     */
    public Map<String, FileWellness> ofFiles(Collection<String> sha256s) {
        Set<String> wanted = new HashSet<>(sha256s);
        return store.read(c -> {
            Map<String, List<WellnessDay>> days = new HashMap<>();
            Map<String, List<String>> warnings = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT file_sha256, day, " + String.join(", ", FILE_COLUMNS)
                    + " FROM wellness_file_day ORDER BY file_sha256, day");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!wanted.contains(rs.getString(1))) {
                        continue;
                    }
                    Double[] v = new Double[FILE_COLUMNS.length];
                    for (int i = 0; i < v.length; i++) {
                        double x = rs.getDouble(3 + i);
                        v[i] = rs.wasNull() ? null : x;
                    }
                    days.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new WellnessDay(
                            LocalDate.parse(rs.getString(2)), v[0], v[1], v[2], v[3], null, null, null, null, null));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT file_sha256, message FROM wellness_file_warning ORDER BY file_sha256, position");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (wanted.contains(rs.getString(1))) {
                        warnings.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            Map<String, FileWellness> out = new HashMap<>();
            for (String sha : wanted) {
                if (days.containsKey(sha) || warnings.containsKey(sha)) {
                    out.put(sha, new FileWellness(days.getOrDefault(sha, List.of()), warnings.getOrDefault(sha, List.of())));
                }
            }
            return out;
        });
    }

    /** Days of one origin only, unmerged. */
    public List<WellnessDay> days(String origin) {
        return store.read(c -> {
            List<WellnessDay> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT day, " + String.join(", ", COLUMNS)
                    + " FROM wellness_day WHERE origin = ? ORDER BY day")) {
                SqlText.set(ps, 1, origin);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs, LocalDate.parse(rs.getString(1)), 2));
                    }
                }
            }
            return out;
        });
    }

    /** The day of the row's {@link #COLUMNS}, read from column {@code first} on (SQL NULL: not recorded). */
    private static WellnessDay row(ResultSet rs, LocalDate day, int first) throws SQLException {
        Double[] v = new Double[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            double x = rs.getDouble(first + i);
            v[i] = rs.wasNull() ? null : x;
        }
        return new WellnessDay(day, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
    }

    private static Double[] values(WellnessDay d) {
        return new Double[] {d.restingHr(), d.hrvRmssdMs(), d.sleepH(), d.bodyMassKg(), d.soreness(), d.fatigue(),
            d.stress(), d.motivation(), d.heavyLegs()};
    }

    static void setNullable(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null || !Double.isFinite(v)) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }
}
