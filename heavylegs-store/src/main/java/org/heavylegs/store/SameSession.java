package org.heavylegs.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.heavylegs.core.activity.Activity;

/**
 * Marks the same session recorded in two files ({@link Activities#SAME_SESSION_MS}): of the two,
 * the one that keeps less is the duplicate.
 */
final class SameSession {

    private SameSession() {
    }

    /** Marks this activity or an earlier one as the same session recorded in another file. */
    static void mark(Connection c, long id, String fileSha256, Activity a, long startMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, format, samples FROM activity WHERE sport = ? AND start_ms BETWEEN ? AND ? "
                        + "AND duplicate_of IS NULL AND file_sha256 <> ? ORDER BY id")) {
            SqlText.set(ps, 1, a.sport());
            ps.setLong(2, startMs - Activities.SAME_SESSION_MS);
            ps.setLong(3, startMs + Activities.SAME_SESSION_MS);
            SqlText.set(ps, 4, fileSha256);
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
}
