package org.heavylegs.formats.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.heavylegs.formats.export.ExportFile;
import org.junit.jupiter.api.Test;

/** {@link Walker#walk(String, java.io.InputStream, Walker.Visitor)}: uploads read from a stream, never from disk. */
class WalkerStreamTest {

    private static WalkerTest.Found walk(ArchiveLimits limits, String name, byte[] bytes) {
        WalkerTest.Found f = new WalkerTest.Found();
        new Walker(limits, p -> ExportFile.of(p).isWanted()).walk(name, new ByteArrayInputStream(bytes), f);
        return f;
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSingleFileIsDeliveredUnderItsPlainNameAndGzipIsUndone() {
        WalkerTest.Found f = walk(ArchiveLimits.DEFAULT, "C:\\Users\\me\\run.tcx.gz", ZipBuilder.gzip(text("<tcx/>")));
        assertThat(f.paths()).containsExactly("run.tcx.gz");
        assertThat(new String(f.members.get(0).bytes(), StandardCharsets.UTF_8)).isEqualTo("<tcx/>");
        assertThat(f.members.get(0).displayName()).isEqualTo("run.tcx.gz");
        assertThat(f.left).as("no file on disk was entered or left").isEmpty();
    }

    @Test
    void aZipIsRecognizedByItsSignatureEvenWithoutTheZipName() {
        byte[] zip = new ZipBuilder().add("a/1.fit", text("one")).add("notes.txt", "x").build();
        WalkerTest.Found f = walk(ArchiveLimits.DEFAULT, "export", zip);
        assertThat(f.paths()).containsExactly("export > a/1.fit");
        assertThat(f.members.get(0).displayName()).isEqualTo("export!/a/1.fit");
        assertThat(f.ignored).containsExactly("export!/notes.txt");
    }

    @Test
    void zipSlipAndBombsInAStreamAreRefusedLikeOnDisk() {
        byte[] zip = new ZipBuilder().add("../../etc/evil.fit", text("x")).zeros("bomb.fit", 20L << 20).build();
        WalkerTest.Found f = walk(ArchiveLimits.DEFAULT, "x.zip", zip);
        assertThat(f.members).isEmpty();
        assertThat(f.refused).extracting(ArchiveRefusal::kind)
                .containsExactly(ArchiveRefusal.Kind.UNSAFE_NAME, ArchiveRefusal.Kind.TOO_LARGE);
        assertThat(f.refused.get(1).name()).isEqualTo("x.zip!/bomb.fit");
    }

    @Test
    void aSingleFileOverTheMemberLimitIsRefused() {
        ArchiveLimits small = new ArchiveLimits(1000, 1L << 30, 200, 3, 100);
        WalkerTest.Found f = walk(small, "big.fit", new byte[1001]);
        assertThat(f.members).isEmpty();
        assertThat(f.refused).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ArchiveRefusal.Kind.TOO_LARGE);
            assertThat(r.name()).isEqualTo("big.fit");
        });
        assertThat(walk(small, "ok.fit", new byte[1000]).members).hasSize(1);
    }

    @Test
    void clientNamesAreReducedToAPlainFileName() {
        assertThat(Walker.plainName("../../x/run.fit")).isEqualTo("run.fit");
        assertThat(Walker.plainName("a\u0000b<script>.tcx")).isEqualTo("a_b_script_.tcx");
        assertThat(Walker.plainName("..")).isEqualTo("upload");
        assertThat(Walker.plainName(null)).isEqualTo("upload");
        assertThat(List.of(Walker.plainName("Läufe 2026.gpx"))).containsExactly("Läufe 2026.gpx");
    }

    @Test
    void anUploadNamedZipThatIsNoZipIsRefused() {
        WalkerTest.Found f = walk(ArchiveLimits.DEFAULT, "export.zip", text("garbage, not a zip"));
        assertThat(f.members).isEmpty();
        assertThat(f.refused).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("export.zip");
            assertThat(r.kind()).isEqualTo(ArchiveRefusal.Kind.CORRUPT);
            assertThat(r.reason()).startsWith("not a zip archive");
        });
    }
}
