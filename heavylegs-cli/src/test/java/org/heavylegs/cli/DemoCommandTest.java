package org.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code heavylegs demo}: the README's first command. */
class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheFolderAndTheReportAndPrintsTheSummary() throws IOException {
        Path out = dir.resolve("demo");
        TrendsCommandTest.Run r = TrendsCommandTest.run("demo", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(out.resolve("athlete.yaml")).exists();
        assertThat(out.resolve("activities")).isDirectory();
        assertThat(Files.readString(out.resolve("report.html"))).startsWith("<!DOCTYPE html>").contains("Dehydration");
        assertThat(r.out()).contains("Dehydration").contains("Inadequate warm-up").contains("report.html");

        TrendsCommandTest.Run again = TrendsCommandTest.run("demo", "--out", out.toString());
        assertThat(again.code()).as("an earlier demo may be overwritten").isEqualTo(ExitCodes.OK);
    }

    @Test
    void neverWritesIntoAFolderThatHoldsSomethingElse() throws IOException {
        Files.writeString(dir.resolve("precious.csv"), "mine");
        TrendsCommandTest.Run r = TrendsCommandTest.run("demo", "--out", dir.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("not an earlier demo");
        try (var s = Files.list(dir)) {
            assertThat(s.toList()).containsExactly(dir.resolve("precious.csv"));
        }
    }
}
