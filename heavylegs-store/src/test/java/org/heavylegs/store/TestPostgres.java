package org.heavylegs.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The PostgreSQL server the store tests run on, from the system properties {@code heavylegs.pg.url}
 * (e.g. jdbc:postgresql://127.0.0.1:55433/heavylegs), {@code heavylegs.pg.user} and
 * {@code heavylegs.pg.password} (passed by surefire, docs/store.md). Each test gets a schema of its
 * own, dropped after it. Without a URL the PostgreSQL tests are skipped with a visible message,
 * unless {@code heavylegs.pg.required=true} (set by .ci/run), which makes it a failure.
 */
public final class TestPostgres {

    private static final AtomicBoolean SAID_SKIPPED = new AtomicBoolean();

    private TestPostgres() {
    }

    private static String property(String name) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    public static String user() {
        String u = property("heavylegs.pg.user");
        return u == null ? "" : u;
    }

    public static String password() {
        String p = property("heavylegs.pg.password");
        return p == null ? "" : p;
    }

    /** Skips (or fails, when required) unless a server is configured. */
    static void require() {
        if (property("heavylegs.pg.url") != null) {
            return;
        }
        String msg = "no PostgreSQL server for the store tests: set -Dheavylegs.pg.url=jdbc:postgresql://HOST:PORT/DB "
                + "and -Dheavylegs.pg.user=USER (docs/store.md)";
        if (Boolean.getBoolean("heavylegs.pg.required")) {
            fail(msg + "; heavylegs.pg.required=true makes this a failure");
        }
        if (SAID_SKIPPED.compareAndSet(false, true)) {
            System.err.println("SKIPPED: PostgreSQL store tests: " + msg);
        }
        abort(msg);
    }

    /** Creates a new, empty schema and returns its name. */
    static String createSchema() {
        String schema = "hl_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    static void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /** The JDBC URL of the configured server with {@code schema} as the connection's only schema. */
    static String url(String schema) {
        String base = property("heavylegs.pg.url");
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(property("heavylegs.pg.url"), user(), password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + property("heavylegs.pg.url") + ": " + sql + ": " + e.getMessage(), e);
        }
    }
}
