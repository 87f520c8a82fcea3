package org.heavylegs.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.Lap;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.Streams;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.core.history.HeartRateHistogram;

/**
 * Stored activities: written whole inside the caller's transaction, loaded in bulk (one query per
 * table, never one per activity) with or without their samples.
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
        Activity a = prepared.activity();
        Totals t = prepared.totals();
        long startMs = a.start().toEpochMilli();
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO activity (file_sha256, session_index, source, format, sport, sub_sport, start_ms, "
                        + "device_manufacturer, device_product, samples, channels, elapsed_s, timer_s, distance_m, "
                        + "avg_hr, max_hr, avg_cadence_spm) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "RETURNING id")) {
            int i = 1;
            ps.setString(i++, fileSha256);
            ps.setInt(i++, sessionIndex);
            ps.setString(i++, a.source());
            ps.setString(i++, a.format().key());
            ps.setString(i++, a.sport());
            ps.setString(i++, a.subSport());
            ps.setLong(i++, startMs);
            Device d = a.device() == null ? Device.UNKNOWN : a.device();
            ps.setString(i++, d.manufacturer());
            ps.setString(i++, d.product());
            ps.setInt(i++, a.streams().size());
            ps.setString(i++, channelList(a.streams()));
            setDouble(ps, i++, t.elapsedS());
            setDouble(ps, i++, t.timerS());
            setDouble(ps, i++, t.distanceM());
            setDouble(ps, i++, t.avgHeartRateBpm());
            setDouble(ps, i++, t.maxHeartRateBpm());
            setDouble(ps, i, t.avgCadenceSpm());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        HeartRateHistogram hr = prepared.heartRate();
        if (!hr.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO activity_heart_rate (activity_id, lowest_bpm, seconds) VALUES (?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setInt(2, hr.lowestBpm());
                ps.setBytes(3, floats(hr.secondsPerBpm()));
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO activity_summary (activity_id, name, value) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Double> e : a.summary().asMap().entrySet()) {
                ps.setLong(1, id);
                ps.setString(2, e.getKey());
                ps.setDouble(3, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO activity_warning (activity_id, seq, message) VALUES (?, ?, ?)")) {
            int seq = 0;
            for (String w : a.warnings()) {
                ps.setLong(1, id);
                ps.setInt(2, seq++);
                ps.setString(3, w);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO lap (activity_id, seq, start_s, elapsed_s, timer_s, distance_m, avg_hr) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Lap l : a.laps()) {
                ps.setLong(1, id);
                ps.setInt(2, seq++);
                setDouble(ps, 3, l.startS());
                setDouble(ps, 4, l.elapsedS());
                setDouble(ps, 5, l.timerS());
                setDouble(ps, 6, l.distanceM());
                setDouble(ps, 7, l.avgHeartRateBpm());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO pause (activity_id, seq, start_s, end_s) VALUES (?, ?, ?, ?)")) {
            int seq = 0;
            for (Pause p : a.pauses()) {
                ps.setLong(1, id);
                ps.setInt(2, seq++);
                ps.setDouble(3, p.startS());
                ps.setDouble(4, p.endS());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        StreamCodec.Encoded enc = prepared.samples();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO activity_samples (activity_id, codec, samples, rr_count, raw_bytes, data) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setInt(2, StreamCodec.CODEC);
            ps.setInt(3, enc.samples());
            ps.setInt(4, enc.rrCount());
            ps.setInt(5, enc.rawBytes());
            ps.setBytes(6, enc.data());
            ps.executeUpdate();
        }
        markSameSession(c, id, fileSha256, a, startMs);
        return id;
    }

    /** Marks this activity or an earlier one as the same session recorded in another file. */
    private static void markSameSession(Connection c, long id, String fileSha256, Activity a, long startMs)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, format, samples FROM activity WHERE sport = ? AND start_ms BETWEEN ? AND ? "
                        + "AND duplicate_of IS NULL AND file_sha256 <> ? ORDER BY id")) {
            ps.setString(1, a.sport());
            ps.setLong(2, startMs - SAME_SESSION_MS);
            ps.setLong(3, startMs + SAME_SESSION_MS);
            ps.setString(4, fileSha256);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                long other = rs.getLong(1);
                int otherRank = rank(rs.getString(2), rs.getInt(3));
                int thisRank = rank(a.format().key(), a.streams().size());
                long dup = thisRank > otherRank ? other : id;
                long keep = dup == id ? other : id;
                try (PreparedStatement up = c.prepareStatement("UPDATE activity SET duplicate_of = ? WHERE id = ?")) {
                    up.setLong(1, keep);
                    up.setLong(2, dup);
                    up.executeUpdate();
                }
                try (PreparedStatement re = c.prepareStatement("UPDATE activity SET duplicate_of = ? WHERE duplicate_of = ?")) {
                    re.setLong(1, keep);
                    re.setLong(2, dup);
                    re.executeUpdate();
                }
            }
        }
    }

    /** FIT keeps the most (running dynamics, RR, device summary), then more samples. */
    private static int rank(String format, int samples) {
        int f = switch (format) {
            case "fit" -> 3;
            case "tcx" -> 2;
            case "gpx" -> 1;
            default -> 0;
        };
        return f * 10_000_000 + Math.min(samples, 9_999_999);
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
        return load(fileSha256s == null ? null : Set.copyOf(fileSha256s), null, withSamples, withDuplicates);
    }

    /**
     * One stored activity by id, with its samples: a few single-row reads, so loading one run for a
     * page or a metric takes about a millisecond whatever the size of the store (StoreBench).
     */
    public java.util.Optional<StoredActivity> one(long id) {
        List<StoredActivity> found = load(null, id, true, true);
        return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(found.get(0));
    }

    private List<StoredActivity> load(Set<String> wanted, Long onlyId, boolean withSamples, boolean withDuplicates) {
        String byId = onlyId == null ? "" : " WHERE id = " + onlyId;
        String byActivity = onlyId == null ? "" : " WHERE activity_id = " + onlyId;
        return store.read(c -> {
            Map<Long, Row> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, file_sha256, session_index, source, format, sport, sub_sport, start_ms, "
                            + "device_manufacturer, device_product, samples, channels, elapsed_s, timer_s, distance_m, "
                            + "avg_hr, max_hr, avg_cadence_spm, duplicate_of FROM activity" + byId + " ORDER BY start_ms, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String sha = rs.getString(2);
                    long dupOf = rs.getLong(19);
                    Long duplicateOf = rs.wasNull() ? null : dupOf;
                    if ((wanted != null && !wanted.contains(sha)) || (!withDuplicates && duplicateOf != null)) {
                        continue;
                    }
                    Row r = new Row();
                    r.id = rs.getLong(1);
                    r.sha = sha;
                    r.index = rs.getInt(3);
                    r.source = rs.getString(4);
                    r.format = rs.getString(5);
                    r.sport = rs.getString(6);
                    r.subSport = rs.getString(7);
                    r.start = Instant.ofEpochMilli(rs.getLong(8));
                    r.device = new Device(rs.getString(9), rs.getString(10));
                    r.samples = rs.getInt(11);
                    r.channels = parseChannels(rs.getString(12));
                    r.totals = new Totals(getDouble(rs, 13), getDouble(rs, 14), getDouble(rs, 15),
                            getDouble(rs, 16), getDouble(rs, 17), getDouble(rs, 18));
                    r.duplicateOf = duplicateOf;
                    rows.put(r.id, r);
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT activity_id, name, value FROM activity_summary" + byActivity);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row r = rows.get(rs.getLong(1));
                    if (r != null) {
                        r.summary.put(rs.getString(2), rs.getDouble(3));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT activity_id, message FROM activity_warning" + byActivity + " ORDER BY activity_id, seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row r = rows.get(rs.getLong(1));
                    if (r != null) {
                        r.warnings.add(rs.getString(2));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT activity_id, start_s, elapsed_s, timer_s, distance_m, avg_hr FROM lap" + byActivity + " ORDER BY activity_id, seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row r = rows.get(rs.getLong(1));
                    if (r != null) {
                        r.laps.add(new Lap(getDouble(rs, 2), getDouble(rs, 3), getDouble(rs, 4), getDouble(rs, 5), getDouble(rs, 6)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT activity_id, start_s, end_s FROM pause" + byActivity + " ORDER BY activity_id, seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row r = rows.get(rs.getLong(1));
                    if (r != null) {
                        r.pauses.add(new Pause(rs.getDouble(2), rs.getDouble(3)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT activity_id, lowest_bpm, seconds FROM activity_heart_rate" + byActivity);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row r = rows.get(rs.getLong(1));
                    if (r != null) {
                        r.heartRate = HeartRateHistogram.of(rs.getInt(2), floats(rs.getBytes(3)));
                    }
                }
            }
            Map<Long, StreamCodec.Decoded> samples = withSamples ? samples(c, rows.keySet()) : Map.of();
            List<StoredActivity> out = new ArrayList<>(rows.size());
            for (Row r : rows.values()) {
                StreamCodec.Decoded d = samples.get(r.id);
                Activity a = new Activity(r.source, format(r.format), r.sport, r.subSport, r.start,
                        d == null ? Streams.empty() : d.streams(), r.laps, r.pauses,
                        d == null ? new double[0] : d.rrS(), DeviceSummary.of(r.summary), r.device, r.warnings);
                out.add(new StoredActivity(r.id, r.sha, r.index, a, r.totals, r.channels, r.samples, r.duplicateOf, r.heartRate));
            }
            return out;
        });
    }

    /** The samples and RR intervals of one stored activity. */
    public StreamCodec.Decoded samples(long activityId) {
        return store.read(c -> {
            StreamCodec.Decoded d = samples(c, List.of(activityId)).get(activityId);
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

    private static Map<Long, StreamCodec.Decoded> samples(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, StreamCodec.Decoded> out = new HashMap<>();
        if (ids.size() == 1) {
            long id = ids.iterator().next();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT raw_bytes, data FROM activity_samples WHERE activity_id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.put(id, StreamCodec.decode(rs.getBytes(2), rs.getInt(1)));
                    }
                }
            }
            return out;
        }
        Set<Long> wanted = Set.copyOf(ids);
        try (PreparedStatement ps = c.prepareStatement("SELECT activity_id, raw_bytes, data FROM activity_samples");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                if (wanted.contains(id)) {
                    out.put(id, StreamCodec.decode(rs.getBytes(3), rs.getInt(2)));
                }
            }
        }
        return out;
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
                    ps.setString(2, e.getKey());
                    setDouble(ps, 3, e.getValue() == null ? Double.NaN : e.getValue());
                    ps.setString(4, version);
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
                ps.setString(1, version);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), getDouble(rs, 3));
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

    private static String channelList(Streams s) {
        StringBuilder sb = new StringBuilder();
        for (Channel ch : s.channels()) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(ch.key());
        }
        return sb.toString();
    }

    private static List<Channel> parseChannels(String list) {
        List<Channel> out = new ArrayList<>();
        if (list == null || list.isEmpty()) {
            return out;
        }
        for (String k : list.split(",")) {
            for (Channel ch : Channel.values()) {
                if (ch.key().equals(k)) {
                    out.add(ch);
                }
            }
        }
        return out;
    }

    private static SourceFormat format(String key) {
        for (SourceFormat f : SourceFormat.values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return SourceFormat.SYNTHETIC;
    }

    static void setDouble(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isFinite(v)) {
            ps.setDouble(i, v);
        } else {
            ps.setNull(i, Types.DOUBLE);
        }
    }

    static double getDouble(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? Double.NaN : v;
    }

    /** A row being assembled. */
    private static final class Row {
        long id;
        String sha;
        int index;
        String source;
        String format;
        String sport;
        String subSport;
        Instant start;
        Device device;
        int samples;
        List<Channel> channels;
        Totals totals;
        Long duplicateOf;
        HeartRateHistogram heartRate;
        final Map<String, Double> summary = new LinkedHashMap<>();
        final List<String> warnings = new ArrayList<>();
        final List<Lap> laps = new ArrayList<>();
        final List<Pause> pauses = new ArrayList<>();
    }

    /** float32 values, little-endian (the activity_heart_rate blob). */
    static byte[] floats(float[] values) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(values.length * Float.BYTES).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }

    static float[] floats(byte[] bytes) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[bytes.length / Float.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getFloat();
        }
        return out;
    }
}
