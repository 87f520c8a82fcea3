package org.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.heavylegs.formats.archive.ZipBuilder;
import org.heavylegs.formats.export.ExportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code heavylegs import}: what a person sees, and the exit codes. */
class ImportCommandTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HeavyLegs.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private Path garminWellnessExport() throws Exception {
        Path zip = dir.resolve("in/garmin.zip");
        Files.createDirectories(zip.getParent());
        Files.write(zip, new ZipBuilder()
                .add("DI_CONNECT/DI-Connect-Wellness/1_sleepData.json", ExportFixtures.GARMIN_SLEEP)
                .add("DI_CONNECT/DI-Connect-Aggregator/UDSFile_1.json", ExportFixtures.GARMIN_UDS)
                .build());
        return zip;
    }

    @Test
    void aCleanImportSummarizesAndExitsZeroAndASecondRunSkipsItUnread() throws Exception {
        Path zip = garminWellnessExport();
        Path db = dir.resolve("db/heavylegs.db");
        Result r = run("import", dir.resolve("in").toString(), "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("import: 0.0 MB to read")
                .contains("Imported 2 file(s): 0 activities, 4 wellness day(s), 0 weather record(s).")
                .contains("Duplicates: 0 (content already stored). Unchanged: 0 (skipped unread).")
                .contains("dropped: " + zip + "!/DI_CONNECT/DI-Connect-Aggregator/UDSFile_1.json: 2026-03-04: resting HR of 400.0")
                .contains("Store: " + db);
        assertThat(r.err()).isEmpty();
        assertThat(Files.exists(db)).isTrue();

        Result again = run("import", zip.toString(), "--db", db.toString(), "--no-progress");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("Imported 0 file(s)").contains("Unchanged: 1 (skipped unread)");
    }

    @Test
    void refusedEntriesAreNamedWithTheirReasonAndExitThree() throws Exception {
        garminWellnessExport();
        Path slip = dir.resolve("in/slip.zip");
        Files.write(slip, new ZipBuilder().add("../../x.fit", "x").build());
        Result r = run("import", dir.resolve("in").toString(), "--db", dir.resolve("s.db").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("refused: " + slip + "!/../../x.fit: entry name '../../x.fit' climbs out of the archive")
                .contains("1 file(s) or entries could not be used");
        assertThat(r.out()).contains("Imported 2 file(s)").contains("Refused: 1.");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void aMissingPathIsRefusedAndAnUnopenableStoreIsAClearError() throws Exception {
        Result r = run("import", dir.resolve("nope").toString(), "--db", dir.resolve("s.db").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("refused: " + dir.resolve("nope") + ": no such file or folder");

        Path notADir = dir.resolve("file");
        Files.writeString(notADir, "x");
        Result bad = run("import", dir.toString(), "--db", notADir.resolve("s.db").toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(bad.err()).startsWith("heavylegs: cannot create the folder of the store").doesNotContain("\tat ");
    }

    @Test
    void helpDescribesTheCommand() {
        Result r = run("import", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--db", "--no-progress", "Garmin", "Strava");
    }
}
