package org.heavylegs.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The HeavyLegs store: one SQLite file by default (PostgreSQL through {@link #open(String, String, String)}),
 * migrated by Flyway on open. One store is used by one thread; each imported file is written in
 * one transaction ({@link #inTransaction}), so a killed process leaves the last committed state.
 *
 * <p>Where it lives: {@link #defaultLocation} for the user's own store (XDG_DATA_HOME, else
 * ~/.local/share/heavylegs/heavylegs.db), {@link #athleteFolderLocation} for {@code diagnose DIR}
 * and {@code trends DIR} (DIR/.heavylegs/heavylegs.db).
 */
public final class Store implements AutoCloseable {

    /** A unit of work inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final Connection connection;
    private final Dialect dialect;
    private final String description;
    private final SourceFiles files;
    private final Activities activities;
    private final Wellness wellness;
    private final RunLog runLog;
    private final Labs labs;
    private final Profiles profiles;
    private final Locations locations;
    private final Ingest ingest;

    private Store(Connection connection, Dialect dialect, String description) {
        this.connection = connection;
        this.dialect = dialect;
        this.description = description;
        this.files = new SourceFiles(this);
        this.activities = new Activities(this);
        this.wellness = new Wellness(this);
        this.runLog = new RunLog(this);
        this.labs = new Labs(this);
        this.profiles = new Profiles(this);
        this.locations = new Locations(this);
        this.ingest = new Ingest(this, java.time.Clock.systemUTC());
    }

    /** The user's store: $XDG_DATA_HOME/heavylegs/heavylegs.db, else ~/.local/share/heavylegs/heavylegs.db. */
    public static Path defaultLocation(Map<String, String> environment, String userHome) {
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(userHome, ".local", "share");
        return base.resolve("heavylegs").resolve("heavylegs.db");
    }

    public static Path defaultLocation() {
        return defaultLocation(System.getenv(), System.getProperty("user.home"));
    }

    /** The cache store of an athlete folder: DIR/.heavylegs/heavylegs.db. */
    public static Path athleteFolderLocation(Path athleteFolder) {
        return athleteFolder.resolve(".heavylegs").resolve("heavylegs.db");
    }

    /** Opens (creating folders and the file when needed) and migrates a SQLite store. */
    public static Store open(Path sqliteFile) {
        Path abs = sqliteFile.toAbsolutePath().normalize();
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the folder of the store " + abs + ": " + e.getMessage(), e);
        }
        return open("jdbc:sqlite:" + abs, "", "");
    }

    /** Opens and migrates a store at a JDBC URL (jdbc:sqlite:... or jdbc:postgresql:...). */
    public static Store open(String jdbcUrl, String user, String password) {
        Dialect dialect = Dialect.ofUrl(jdbcUrl);
        String description = description(jdbcUrl);
        try {
            Connection c = DriverManager.getConnection(jdbcUrl, user, password);
            try {
                dialect.configure(c);
                if (!migrated(c)) {
                    migrate(jdbcUrl, user, password, dialect);
                }
                c.setAutoCommit(false);
                return new Store(c, dialect, description);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open the store " + description + ": " + e.getMessage(), e);
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the store " + description + ": " + e.getMessage(), e);
        }
    }

    /**
     * The store as messages name it: a SQLite file's path, or a server URL without its parameters
     * (a PostgreSQL URL may carry ?user=...&password=...).
     */
    static String description(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return jdbcUrl.substring("jdbc:sqlite:".length());
        }
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }

    /**
     * The newest migration in db/migration. Opening a store whose schema already has it skips
     * Flyway (about a sixth of a second of a warm {@code diagnose DIR}); StoreMigrationsTest keeps
     * this in step with the migration files.
     */
    static final String LATEST_MIGRATION = "3";

    /** True when the store's schema history says {@link #LATEST_MIGRATION} was applied. */
    private static boolean migrated(Connection c) {
        try (java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE version = ? AND success")) {
            ps.setString(1, LATEST_MIGRATION);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        } catch (SQLException e) {
            return false; // a new store (no history yet): Flyway creates it
        }
    }

    private static void migrate(String url, String user, String password, Dialect dialect) {
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .placeholders(dialect.placeholders())
                .loggers(FlywayLog.class.getName())
                .load()
                .migrate();
    }

    /** Runs work in one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(Work<T> work) {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("store " + description + ": " + e.getMessage(), e);
        }
    }

    /** Runs a read; reads see the last committed state. */
    <T> T read(Work<T> work) {
        return inTransaction(work);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The database file (SQLite) or URL, for messages. */
    public String description() {
        return description;
    }

    public SourceFiles files() {
        return files;
    }

    public Activities activities() {
        return activities;
    }

    public Wellness wellness() {
        return wellness;
    }

    public RunLog runLog() {
        return runLog;
    }

    public Labs labs() {
        return labs;
    }

    /** The athlete's profile and questionnaire (athlete.yaml text) per origin. */
    public Profiles profiles() {
        return profiles;
    }

    public Locations locations() {
        return locations;
    }

    /** Writes whole files, one transaction each (used by the importer). */
    public Ingest ingest() {
        return ingest;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store " + description + ": " + e.getMessage(), e);
        }
    }
}
