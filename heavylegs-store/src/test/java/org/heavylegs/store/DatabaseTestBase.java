package org.heavylegs.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heavylegs.store.folder.CachedFolder;
import org.heavylegs.store.imports.FolderCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store test that runs on SQLite by default (files in the test's folder, as the CLI uses it) and
 * on PostgreSQL in a subclass whose {@link #dialect} says so (a fresh schema per store name and
 * test, dropped afterwards: {@link TestPostgres}). The *OnPostgresTest classes run the store tests
 * again that way, so the same assertions hold on both databases.
 */
public abstract class DatabaseTestBase {

    @TempDir
    protected Path dir;

    /** Store name -> PostgreSQL schema, created on first use. */
    private final Map<String, String> schemas = new LinkedHashMap<>();
    /** Stores held open by folder caches over them (PostgreSQL), closed after the test. */
    private final List<Store> held = new ArrayList<>();

    /** The database the tests run on. */
    protected Dialect dialect() {
        return Dialect.SQLITE;
    }

    protected final boolean onSqlite() {
        return dialect() == Dialect.SQLITE;
    }

    @BeforeEach
    final void requireDatabase() {
        if (!onSqlite()) {
            TestPostgres.require();
        }
    }

    /** Opens the test's store (the same database on every call). */
    protected final Store open() {
        return open("s.db");
    }

    /** Opens a store by name: SQLite file {@code dir/name}, or a PostgreSQL schema of its own. */
    protected final Store open(String name) {
        return onSqlite() ? Store.open(dir.resolve(name)) : Store.open(jdbcUrl(name), TestPostgres.user(), TestPostgres.password());
    }

    /** The JDBC URL of a store by name (for a child process or a plain connection). */
    protected final String jdbcUrl(String name) {
        return onSqlite() ? "jdbc:sqlite:" + dir.resolve(name) : TestPostgres.url(schemas.computeIfAbsent(name, n -> TestPostgres.createSchema()));
    }

    /** A plain JDBC connection to a store by name, to look at its tables. */
    protected final Connection connect(String name) throws SQLException {
        return onSqlite() ? DriverManager.getConnection(jdbcUrl(name))
                : DriverManager.getConnection(jdbcUrl(name), TestPostgres.user(), TestPostgres.password());
    }

    /** The folder cache of an athlete folder: its own SQLite store, or over the test's PostgreSQL store. */
    protected final FolderCache folderCache(Path folder) {
        return onSqlite() ? FolderCache.open(folder) : FolderCache.over(folder, held(open()));
    }

    /** An athlete folder read through its store: its own SQLite store, or the test's PostgreSQL store. */
    protected final CachedFolder cachedFolder(Path folder) {
        return onSqlite() ? CachedFolder.open(folder) : CachedFolder.over(folder, held(open()));
    }

    /** A plain JDBC connection to the store {@link #cachedFolder} and {@link #folderCache} use. */
    protected final Connection connectFolderStore(Path folder) throws SQLException {
        return onSqlite() ? DriverManager.getConnection("jdbc:sqlite:" + Store.athleteFolderLocation(folder)) : connect("s.db");
    }

    private Store held(Store store) {
        held.add(store);
        return store;
    }

    @AfterEach
    final void dropDatabases() {
        held.forEach(Store::close);
        held.clear();
        schemas.values().forEach(TestPostgres::dropSchema);
        schemas.clear();
    }
}
