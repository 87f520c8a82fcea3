package org.heavylegs.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where files were seen on disk: the folder cache. A path whose size and modification time are
 * unchanged is taken as unchanged content without reading it; an archive is recorded only once it
 * was read to its end, with the content hashes of its members.
 */
public final class Locations {

    public static final String FILE = "file";
    public static final String ARCHIVE = "archive";

    /** A recorded path; {@code sha256} is the file's own hash (kind file) or null (kind archive). */
    public record Location(String path, long sizeBytes, long modifiedMs, String kind, String sha256) {
        public boolean matches(long size, long modified) {
            return sizeBytes == size && modifiedMs == modified;
        }
    }

    private final Store store;

    Locations(Store store) {
        this.store = store;
    }

    public Optional<Location> find(String path) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT path, size_bytes, modified_ms, kind, sha256 FROM file_location WHERE path = ?")) {
                SqlText.set(ps, 1, path);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Location(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5)))
                            : Optional.<Location>empty();
                }
            }
        });
    }

    /** All recorded paths, for a whole-folder check without one query per file. */
    public Map<String, Location> all() {
        return store.read(c -> {
            Map<String, Location> m = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT path, size_bytes, modified_ms, kind, sha256 FROM file_location");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), new Location(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5)));
                }
            }
            return m;
        });
    }

    /**
     * The member hashes of an archive recorded at a path, by member name in code point order (the
     * order of SQLite's binary collation). Sorted here, not by ORDER BY: a PostgreSQL database's
     * collation (en-US, say) would order "B.fit", "_c.fit" and "a.fit" otherwise.
     */
    public Map<String, String> members(String archivePath) {
        return store.read(c -> {
            Map<String, String> m = new TreeMap<>(Locations::compareCodePoints);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT member, sha256 FROM archive_member WHERE path = ?")) {
                SqlText.set(ps, 1, archivePath);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        m.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return m;
        });
    }

    /** Compares by Unicode code point (String.compareTo compares UTF-16 units, which differs above U+FFFF). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Records a plain file's path; call inside the transaction that stored its content. */
    static void putFile(Connection c, String path, long size, long modifiedMs, String sha256) throws SQLException {
        put(c, path, size, modifiedMs, FILE, sha256);
    }

    /** Records an archive read to its end, with its members (entry chain joined by "!/" -> hash). */
    public void putArchive(String path, long size, long modifiedMs, Map<String, String> members) {
        store.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM archive_member WHERE path = ?")) {
                SqlText.set(del, 1, path);
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO archive_member (path, member, sha256) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, String> e : members.entrySet()) {
                    SqlText.set(ps, 1, path);
                    SqlText.set(ps, 2, e.getKey());
                    SqlText.set(ps, 3, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            put(c, path, size, modifiedMs, ARCHIVE, null);
            return null;
        });
    }

    public void putFile(String path, long size, long modifiedMs, String sha256) {
        store.inTransaction(c -> {
            putFile(c, path, size, modifiedMs, sha256);
            return null;
        });
    }

    private static void put(Connection c, String path, long size, long modifiedMs, String kind, String sha256)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO file_location (path, size_bytes, modified_ms, kind, sha256) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (path) DO UPDATE SET size_bytes = excluded.size_bytes, "
                        + "modified_ms = excluded.modified_ms, kind = excluded.kind, sha256 = excluded.sha256")) {
            SqlText.set(ps, 1, path);
            ps.setLong(2, size);
            ps.setLong(3, modifiedMs);
            SqlText.set(ps, 4, kind);
            SqlText.set(ps, 5, sha256);
            ps.executeUpdate();
        }
    }

    /** Paths recorded under a folder (prefix match on the absolute path). */
    public List<Location> under(String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        List<Location> out = new ArrayList<>();
        for (Location l : all().values()) {
            if (l.path().startsWith(prefix)) {
                out.add(l);
            }
        }
        return out;
    }
}
