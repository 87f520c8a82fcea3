package org.heavylegs.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.heavylegs.core.athlete.RunLogEntry;

/**
 * Run-log entries: rows of runs.csv, and run-log-like records from exports (Strava's weather per
 * activity, origin {@link #STRAVA_EXPORT}) linked to the stored file of their activity.
 */
public final class RunLog {

    /** The origin of run-log records made from Strava's activities.csv (weather per activity). */
    public static final String STRAVA_EXPORT = "export:strava";

    /** A stored entry with what links it to an activity file (null when none). */
    public record StoredEntry(RunLogEntry entry, String origin, String originRef, String fileSha256) {
    }

    private static final String FIELDS = "day, start_ms, pre_mass_kg, post_mass_kg, fluid_ml, carbs_g, sodium_mg, "
            + "urine_ml, rpe, heavy_legs, temperature_c, humidity_pct, warmup_min, notes, source";

    private final Store store;

    RunLog(Store store) {
        this.store = store;
    }

    /** Stores or replaces one entry identified by (origin, originRef). Call inside a transaction. */
    static void upsert(Connection c, String origin, String originRef, String fileSha256, RunLogEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_log (origin, origin_ref, file_sha256, " + FIELDS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (origin, origin_ref) DO UPDATE SET "
                + "file_sha256 = excluded.file_sha256, day = excluded.day, start_ms = excluded.start_ms, "
                + "pre_mass_kg = excluded.pre_mass_kg, post_mass_kg = excluded.post_mass_kg, fluid_ml = excluded.fluid_ml, "
                + "carbs_g = excluded.carbs_g, sodium_mg = excluded.sodium_mg, urine_ml = excluded.urine_ml, "
                + "rpe = excluded.rpe, heavy_legs = excluded.heavy_legs, temperature_c = excluded.temperature_c, "
                + "humidity_pct = excluded.humidity_pct, warmup_min = excluded.warmup_min, notes = excluded.notes, "
                + "source = excluded.source")) {
            int i = 1;
            SqlText.set(ps, i++, origin);
            SqlText.set(ps, i++, originRef);
            SqlText.set(ps, i++, fileSha256);
            SqlText.set(ps, i++, e.date().toString());
            if (e.start() == null) {
                ps.setNull(i++, java.sql.Types.BIGINT);
            } else {
                ps.setLong(i++, e.start().toEpochMilli());
            }
            for (Double v : new Double[] {e.preMassKg(), e.postMassKg(), e.fluidMl(), e.carbsG(), e.sodiumMg(),
                e.urineMl(), e.rpe(), e.heavyLegs(), e.temperatureC(), e.humidityPct(), e.warmupMin()}) {
                Wellness.setNullable(ps, i++, v);
            }
            SqlText.set(ps, i++, e.notes());
            SqlText.set(ps, i, e.source());
            ps.executeUpdate();
        }
    }

    /**
     * Stores or replaces one entry of an origin (e.g. one run logged in the dashboard), identified by
     * {@code originRef} within the origin; {@code fileSha256} links it to an activity file, or null.
     */
    public void put(String origin, String originRef, String fileSha256, RunLogEntry e) {
        store.inTransaction(c -> {
            upsert(c, origin, originRef, fileSha256, e);
            return null;
        });
    }

    /** Replaces all entries of an origin (re-reading runs.csv); refs are the entries' positions. */
    public void replace(String origin, Collection<RunLogEntry> entries) {
        store.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM run_log WHERE origin = ?")) {
                SqlText.set(del, 1, origin);
                del.executeUpdate();
            }
            int n = 0;
            for (RunLogEntry e : entries) {
                upsert(c, origin, Integer.toString(n++), null, e);
            }
            return null;
        });
    }

    /** All entries in date order (runs.csv rows and export records). */
    public List<StoredEntry> entries() {
        return store.read(c -> {
            List<StoredEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT origin, origin_ref, file_sha256, " + FIELDS
                    + " FROM run_log ORDER BY day, start_ms, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long start = rs.getLong(5);
                    Instant startAt = rs.wasNull() ? null : Instant.ofEpochMilli(start);
                    Double[] v = new Double[11];
                    for (int i = 0; i < v.length; i++) {
                        double x = rs.getDouble(6 + i);
                        v[i] = rs.wasNull() ? null : x;
                    }
                    RunLogEntry e = new RunLogEntry(LocalDate.parse(rs.getString(4)), startAt, v[0], v[1], v[2], v[3],
                            v[4], v[5], v[6], v[7], v[8], v[9], v[10], rs.getString(17), rs.getString(18));
                    out.add(new StoredEntry(e, rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }
}
