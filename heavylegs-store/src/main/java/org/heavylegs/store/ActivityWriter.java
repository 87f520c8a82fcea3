package org.heavylegs.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.Lap;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.Streams;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.core.history.HeartRateHistogram;

/** Writes one prepared activity with all its rows (summary, warnings, laps, pauses, samples). */
final class ActivityWriter {

    private ActivityWriter() {
    }

    /** Stores one prepared activity of a file; returns its id. Call inside the file's transaction. */
    static long insert(Connection c, String fileSha256, int sessionIndex, Activities.Prepared prepared) throws SQLException {
        Activity a = prepared.activity();
        long startMs = a.start().toEpochMilli();
        long id = activityRow(c, fileSha256, sessionIndex, a, prepared.totals(), startMs);
        HeartRateHistogram hr = prepared.heartRate();
        if (!hr.isEmpty()) {
            ActivityHeartRate.insert(c, id, hr);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO activity_summary (activity_id, name, value) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Double> e : a.summary().asMap().entrySet()) {
                ps.setLong(1, id);
                SqlText.set(ps, 2, e.getKey());
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
                SqlText.set(ps, 3, w);
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
                SqlDoubles.set(ps, 3, l.startS());
                SqlDoubles.set(ps, 4, l.elapsedS());
                SqlDoubles.set(ps, 5, l.timerS());
                SqlDoubles.set(ps, 6, l.distanceM());
                SqlDoubles.set(ps, 7, l.avgHeartRateBpm());
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
        SameSession.mark(c, id, fileSha256, a, startMs);
        return id;
    }

    /** The activity's own row; returns its id. */
    private static long activityRow(Connection c, String fileSha256, int sessionIndex, Activity a, Totals t, long startMs)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO activity (file_sha256, session_index, source, format, sport, sub_sport, start_ms, "
                        + "device_manufacturer, device_product, samples, channels, elapsed_s, timer_s, distance_m, "
                        + "avg_hr, max_hr, avg_cadence_spm) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "RETURNING id")) {
            int i = 1;
            SqlText.set(ps, i++, fileSha256);
            ps.setInt(i++, sessionIndex);
            SqlText.set(ps, i++, a.source());
            SqlText.set(ps, i++, a.format().key());
            SqlText.set(ps, i++, a.sport());
            SqlText.set(ps, i++, a.subSport());
            ps.setLong(i++, startMs);
            Device d = a.device() == null ? Device.UNKNOWN : a.device();
            SqlText.set(ps, i++, d.manufacturer());
            SqlText.set(ps, i++, d.product());
            ps.setInt(i++, a.streams().size());
            SqlText.set(ps, i++, channelList(a.streams()));
            SqlDoubles.set(ps, i++, t.elapsedS());
            SqlDoubles.set(ps, i++, t.timerS());
            SqlDoubles.set(ps, i++, t.distanceM());
            SqlDoubles.set(ps, i++, t.avgHeartRateBpm());
            SqlDoubles.set(ps, i++, t.maxHeartRateBpm());
            SqlDoubles.set(ps, i, t.avgCadenceSpm());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
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
}
