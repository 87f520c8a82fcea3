package org.heavylegs.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

/** Reads stored activities back in bulk: one query per table, never one per activity. */
final class ActivityReader {

    private ActivityReader() {
    }

    /**
     * Stored activities in start order.
     *
     * @param wanted         only activities of these files; null for all
     * @param onlyId         only this activity; null for all
     * @param withSamples    decode the sample blobs too
     * @param withDuplicates also activities marked as the same session as another
     */
    static List<StoredActivity> load(Connection c, Set<String> wanted, Long onlyId, boolean withSamples,
                                     boolean withDuplicates) throws SQLException {
        String byId = onlyId == null ? "" : " WHERE id = " + onlyId;
        String byActivity = onlyId == null ? "" : " WHERE activity_id = " + onlyId;
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
                r.totals = new Totals(SqlDoubles.get(rs, 13), SqlDoubles.get(rs, 14), SqlDoubles.get(rs, 15),
                        SqlDoubles.get(rs, 16), SqlDoubles.get(rs, 17), SqlDoubles.get(rs, 18));
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
                    r.laps.add(new Lap(SqlDoubles.get(rs, 2), SqlDoubles.get(rs, 3), SqlDoubles.get(rs, 4),
                            SqlDoubles.get(rs, 5), SqlDoubles.get(rs, 6)));
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
                    r.heartRate = HeartRateHistogram.of(rs.getInt(2), ActivityHeartRate.unpack(rs.getBytes(3)));
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
    }

    /** The decoded samples of the given activities (one row read directly when there is one). */
    static Map<Long, StreamCodec.Decoded> samples(Connection c, Collection<Long> ids) throws SQLException {
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
}
