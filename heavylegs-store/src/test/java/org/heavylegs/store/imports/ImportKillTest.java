package org.heavylegs.store.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.heavylegs.formats.archive.ArchiveLimits;
import org.heavylegs.store.Store;
import org.heavylegs.store.StoredActivity;
import org.heavylegs.store.DatabaseTestBase;
import org.heavylegs.store.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * Kills an import with SIGKILL in a child JVM in the middle of many files, then checks that the
 * store holds whole files only and that a second import completes it.
 */
class ImportKillTest extends DatabaseTestBase {

    static final int FILES = 200;
    static final int SECONDS_PER_RUN = 1800;
    /** Kill once at least this many files are committed (well before the end). */
    static final int KILL_AFTER = 25;


    @Test
    void aKilledImportLeavesWholeFilesOnlyAndARerunCompletesIt() throws Exception {
        Path in = Files.createDirectories(dir.resolve("runs"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(in.resolve(String.format("run-%04d.fit", i)), "SYNTH " + i + " " + SECONDS_PER_RUN);
        }
        String db = "store/heavylegs.db";
        open(db).close(); // migrated before the child starts, so polling finds the tables

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ImportChild.class.getName(), jdbcUrl(db),
                TestPostgres.user(), TestPostgres.password(), in.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        int committedAtKill;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (count(db, "SELECT COUNT(*) FROM source_file") < KILL_AFTER) {
                assertThat(child.isAlive()).as("child died early: %s", Files.readString(dir.resolve("child.log"))).isTrue();
                assertThat(System.nanoTime()).as("child too slow").isLessThan(deadline);
                Thread.sleep(5);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no rollback by the JVM
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        committedAtKill = count(db, "SELECT COUNT(*) FROM source_file");
        assertThat(committedAtKill).as("killed mid-way").isBetween(KILL_AFTER, FILES - 1);
        System.out.println("ImportKillTest: killed after " + committedAtKill + " of " + FILES + " files were committed");

        // consistent: integrity, and every committed file is there whole
        if (onSqlite()) {
            assertThat(query(db, "PRAGMA integrity_check")).isEqualTo("ok");
        }
        assertThat(count(db, "SELECT COUNT(*) FROM activity")).isEqualTo(committedAtKill);
        assertThat(count(db, "SELECT COUNT(*) FROM source_file s WHERE NOT EXISTS (SELECT 1 FROM activity a "
                + "JOIN activity_samples x ON x.activity_id = a.id WHERE a.file_sha256 = s.sha256)")).isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM lap")).isEqualTo(2 * committedAtKill);
        assertThat(count(db, "SELECT COUNT(*) FROM pause")).isEqualTo(committedAtKill);
        assertThat(count(db, "SELECT COUNT(*) FROM activity_warning")).isEqualTo(committedAtKill);
        assertThat(count(db, "SELECT COUNT(*) FROM activity_summary")).isEqualTo(2 * committedAtKill);
        assertThat(count(db, "SELECT COUNT(*) FROM file_location")).isEqualTo(committedAtKill);
        assertThat(count(db, "SELECT COUNT(*) FROM file_location l WHERE NOT EXISTS "
                + "(SELECT 1 FROM source_file s WHERE s.sha256 = l.sha256)")).isZero();

        // a second import completes it, skipping what was committed without reading it
        try (Store store = open(db)) {
            ImportReport r = new Importer(store, ArchiveLimits.DEFAULT, ImportChild.SYNTHETIC, "test", ImportListener.NONE)
                    .run(List.of(in));
            assertThat(r.refused()).isEmpty();
            assertThat(r.unchanged()).isEqualTo(committedAtKill);
            assertThat(r.filesImported()).isEqualTo(FILES - committedAtKill);
            List<StoredActivity> all = store.activities().load(null, false, true);
            assertThat(all).hasSize(FILES);
            assertThat(all).extracting(StoredActivity::fileSha256).doesNotHaveDuplicates();
            assertThat(all).allSatisfy(a -> assertThat(a.samples()).isEqualTo(SECONDS_PER_RUN));
            // the file that was being written when the child died is whole now too
            for (StoredActivity a : all.subList(committedAtKill - 1, committedAtKill + 1)) {
                assertThat(store.activities().withSamples(a).streams().size()).isEqualTo(SECONDS_PER_RUN);
            }
        }
        if (onSqlite()) {
            assertThat(query(db, "PRAGMA integrity_check")).isEqualTo("ok");
        }
    }

    private int count(String db, String sql) throws SQLException {
        return Integer.parseInt(query(db, sql));
    }

    private String query(String db, String sql) throws SQLException {
        try (Connection c = connect(db);
             Statement s = c.createStatement()) {
            if (onSqlite()) {
                s.execute("PRAGMA busy_timeout=10000");
            }
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

}
