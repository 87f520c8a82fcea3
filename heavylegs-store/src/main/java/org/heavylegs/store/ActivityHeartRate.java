package org.heavylegs.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.heavylegs.core.history.HeartRateHistogram;

/**
 * The activity_heart_rate table: an activity's heart-rate distribution, its seconds per bpm stored
 * as a blob of float32 values, little-endian.
 */
final class ActivityHeartRate {

    private ActivityHeartRate() {
    }

    /** Stores the distribution of one activity. */
    static void insert(Connection c, long activityId, HeartRateHistogram hr) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO activity_heart_rate (activity_id, lowest_bpm, seconds) VALUES (?, ?, ?)")) {
            ps.setLong(1, activityId);
            ps.setInt(2, hr.lowestBpm());
            ps.setBytes(3, pack(hr.secondsPerBpm()));
            ps.executeUpdate();
        }
    }

    static byte[] pack(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }

    static float[] unpack(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[bytes.length / Float.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getFloat();
        }
        return out;
    }
}
