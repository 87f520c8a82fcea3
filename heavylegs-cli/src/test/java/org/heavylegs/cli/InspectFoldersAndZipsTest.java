package org.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.heavylegs.formats.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code heavylegs inspect} on what a runner has at hand: the activities/ folder of an athlete folder
 * (which holds the hidden cache .heavylegs/ after the first diagnose) and the zip a Strava or Garmin
 * export comes as. The hidden cache is not an activity file, and a zip of activity files is read
 * member by member, named as the folder names them ("ZIP!/entry").
 */
class InspectFoldersAndZipsTest {
    private static final String RUN = "python-fitparse/garmin-fenix-5-run.fit";
    private static final String OTHER_RUN = "python-fitparse/activity-small-fenix2-run.fit";

    @Test
    void hiddenFilesAndFoldersInASearchedFolderAreSkippedNotRefused(@TempDir Path dir) throws Exception {
        Files.copy(Corpus.file(RUN), dir.resolve("run.fit"));
        Path cache = Files.createDirectories(dir.resolve(".heavylegs"));
        Files.writeString(cache.resolve("heavylegs.db"), "SQLite format 3\0 not an activity");
        Files.writeString(dir.resolve(".DS_Store"), "\0\0\0\1Bud1");

        HeavyLegsTest.Result r = HeavyLegsTest.run("inspect", dir.toString());

        assertThat(r.err()).doesNotContain("heavylegs.db").doesNotContain(".DS_Store");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("run.fit").contains("running");
    }

    @Test
    void aZipOfActivityFilesIsReadMemberByMember(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("export_123.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("activities/111.fit.gz"));
            z.write(gzip(Files.readAllBytes(Corpus.file(RUN))));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("activities/222.fit"));
            z.write(Files.readAllBytes(Corpus.file(OTHER_RUN)));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("activities/333.fit"));
            z.write("not an activity".getBytes());
            z.closeEntry();
            z.putNextEntry(new ZipEntry("profile.csv"));
            z.write("Athlete ID\n1\n".getBytes());
            z.closeEntry();
        }

        HeavyLegsTest.Result r = HeavyLegsTest.run("inspect", "--json", zip.toString());

        JsonNode all = new ObjectMapper().readTree(r.out());
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("file").asText()).isEqualTo(zip + "!/activities/111.fit.gz");
        assertThat(all.get(1).get("file").asText()).isEqualTo(zip + "!/activities/222.fit");
        assertThat(all.get(0).get("sport").asText()).isEqualTo("running");
        // the broken member is named with its zip and refused; the csv beside the activities is not an activity file
        assertThat(r.err()).contains(zip + "!/activities/333.fit: not a FIT, TCX or GPX file").doesNotContain("profile.csv");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void aFileThatIsNotAZipButNamedSoIsRefusedByContent(@TempDir Path dir) throws Exception {
        Path notZip = dir.resolve("notes.zip");
        Files.writeString(notZip, "hello");
        HeavyLegsTest.Result r = HeavyLegsTest.run("inspect", notZip.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(notZip + ": not a FIT, TCX or GPX file");
    }

    private static byte[] gzip(byte[] plain) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(plain);
        }
        return b.toByteArray();
    }
}
