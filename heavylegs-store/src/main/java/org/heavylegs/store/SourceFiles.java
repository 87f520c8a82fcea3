package org.heavylegs.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The files the store has seen, by the SHA-256 of their plain content. */
public final class SourceFiles {

    /** A stored file; {@code refusal} is null when it was imported. */
    public record SourceFile(String sha256, String name, long sizeBytes, String kind, String format,
                             Instant importedAt, String refusalKind, String refusal, String reader) {
        public boolean refused() {
            return refusal != null;
        }
    }

    private final Store store;

    SourceFiles(Store store) {
        this.store = store;
    }

    public Optional<SourceFile> find(String sha256) {
        return store.read(c -> find(c, sha256));
    }

    static Optional<SourceFile> find(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT sha256, name, size_bytes, kind, format, imported_at, refusal_kind, refusal, reader "
                        + "FROM source_file WHERE sha256 = ?")) {
            SqlText.set(ps, 1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SourceFile(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), Instant.parse(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9)));
            }
        }
    }

    /** Inserts a file row, replacing an earlier refusal of the same content (its activities go with it). */
    static void put(Connection c, String sha256, String name, long size, String kind, String format, Instant at,
                    String refusalKind, String refusal, String reader) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM source_file WHERE sha256 = ?")) {
            SqlText.set(del, 1, sha256);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO source_file (sha256, name, size_bytes, kind, format, imported_at, refusal_kind, refusal, reader) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            SqlText.set(ps, 1, sha256);
            SqlText.set(ps, 2, name);
            ps.setLong(3, size);
            SqlText.set(ps, 4, kind);
            SqlText.set(ps, 5, format);
            SqlText.set(ps, 6, at.toString());
            SqlText.set(ps, 7, refusalKind);
            SqlText.set(ps, 8, refusal);
            SqlText.set(ps, 9, reader);
            ps.executeUpdate();
        }
    }

    /** The content hashes of every file stored and not refused. */
    public java.util.Set<String> imported() {
        return store.read(c -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT sha256 FROM source_file WHERE refusal IS NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Every refused file by its content hash (a folder names each again without reading it). */
    public java.util.Map<String, SourceFile> refusals() {
        return store.read(c -> {
            java.util.Map<String, SourceFile> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT sha256, name, size_bytes, kind, format, imported_at, refusal_kind, refusal, reader "
                            + "FROM source_file WHERE refusal IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new SourceFile(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), Instant.parse(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
            return out;
        });
    }

    /** Number of stored files: imported and refused. */
    public long[] counts() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*), SUM(CASE WHEN refusal IS NULL THEN 0 ELSE 1 END) FROM source_file");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                long all = rs.getLong(1);
                long refused = rs.getLong(2);
                return new long[] {all - refused, refused};
            }
        });
    }
}
