package org.heavylegs.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.core.history.HeartRateHistogram;

/**
 * Stored activities: written whole inside the caller's transaction ({@link ActivityWriter}), loaded
 * in bulk (one query per table, never one per activity) with or without their samples
 * ({@link ActivityReader}), and the per-run metrics cached for them.
 */
public final class Activities {

    /**
     * Two activities of the same sport starting this close together, from different files, are the
     * same session recorded twice (e.g. a FIT file and its TCX export, or Garmin's and Strava's
     * copies after re-encoding); the later one is marked as a duplicate, preferring FIT.
     */
    public static final long SAME_SESSION_MS = 60_000;

    private final Store store;

    Activities(Store store) {
        this.store = store;
    }

    /**
     * An activity with everything computed that storing it needs (totals, heart-rate distribution,
     * packed samples): the work of {@link #prepare}, which importer workers do in parallel, so that
     * the one thread that writes to the store only writes.
     */
    public record Prepared(Activity activity, Totals totals, HeartRateHistogram heartRate, StreamCodec.Encoded samples) {
    }

    /** Computes what storing an activity needs; pure, safe on any thread. */
    public static Prepared prepare(Activity a) {
        return new Prepared(a, Totals.of(a), HeartRateHistogram.of(a), StreamCodec.encode(a.streams(), a.rrS()));
    }

    /** Stores one activity of a file; returns its id. Call inside the file's transaction. */
    static long insert(Connection c, String fileSha256, int sessionIndex, Activity a) throws SQLException {
        return insert(c, fileSha256, sessionIndex, prepare(a));
    }

    /** Stores one prepared activity of a file; returns its id. Call inside the file's transaction. */
    static long insert(Connection c, String fileSha256, int sessionIndex, Prepared prepared) throws SQLException {
        return ActivityWriter.insert(c, fileSha256, sessionIndex, prepared);
    }

    /** All stored activities of the given files (null: all), without the same sessions recorded twice. */
    public List<StoredActivity> load(Collection<String> fileSha256s, boolean withSamples) {
        return load(fileSha256s, withSamples, false);
    }

    /**
     * Stored activities in start order, loaded in bulk.
     *
     * @param fileSha256s      only activities of these files; null for all
     * @param withSamples      decode the sample blobs too (for one run prefer {@link #samples})
     * @param withDuplicates   also activities marked as the same session as another
     */
    public List<StoredActivity> load(Collection<String> fileSha256s, boolean withSamples, boolean withDuplicates) {
        Set<String> wanted = fileSha256s == null ? null : Set.copyOf(fileSha256s);
        return store.read(c -> ActivityReader.load(c, wanted, null, withSamples, withDuplicates));
    }

    /**
     * One stored activity by id, with its samples: a few single-row reads, so loading one run for a
     * page or a metric takes about a millisecond whatever the size of the store (StoreBench).
     */
    public Optional<StoredActivity> one(long id) {
        List<StoredActivity> found = store.read(c -> ActivityReader.load(c, null, id, true, true));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The samples and RR intervals of one stored activity. */
    public StreamCodec.Decoded samples(long activityId) {
        return store.read(c -> {
            StreamCodec.Decoded d = ActivityReader.samples(c, List.of(activityId)).get(activityId);
            if (d == null) {
                throw new StoreException("no stored samples for activity " + activityId);
            }
            return d;
        });
    }

    /** The activity with its samples. */
    public Activity withSamples(StoredActivity stored) {
        StreamCodec.Decoded d = samples(stored.id());
        Activity a = stored.activity();
        return new Activity(a.source(), a.format(), a.sport(), a.subSport(), a.start(), d.streams(), a.laps(),
                a.pauses(), d.rrS(), a.summary(), a.device(), a.warnings());
    }

    /** Caches per-run metrics under the version of the code that computed them (replacing older ones). */
    public void putMetrics(long activityId, String version, Map<String, Double> metrics) {
        store.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM activity_metric WHERE activity_id = ?")) {
                del.setLong(1, activityId);
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO activity_metric (activity_id, name, value, version) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, Double> e : metrics.entrySet()) {
                    ps.setLong(1, activityId);
                    SqlText.set(ps, 2, e.getKey());
                    SqlDoubles.set(ps, 3, e.getValue() == null ? Double.NaN : e.getValue());
                    SqlText.set(ps, 4, version);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Cached metrics of every activity computed by this version: activity id -> name -> value (NaN for not computable). */
    public Map<Long, Map<String, Double>> metrics(String version) {
        return store.read(c -> {
            Map<Long, Map<String, Double>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT activity_id, name, value FROM activity_metric WHERE version = ?")) {
                SqlText.set(ps, 1, version);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), SqlDoubles.get(rs, 3));
                    }
                }
            }
            return out;
        });
    }

    /** Number of stored activities, same sessions recorded twice included. */
    public long count() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM activity");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
