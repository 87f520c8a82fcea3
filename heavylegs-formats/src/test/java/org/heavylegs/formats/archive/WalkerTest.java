package org.heavylegs.formats.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.heavylegs.formats.export.ExportFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalkerTest {

    @TempDir
    Path dir;

    /** Records what the walk found. */
    static final class Found implements Walker.Visitor {
        final List<Member> members = new ArrayList<>();
        final List<ArchiveRefusal> refused = new ArrayList<>();
        final List<String> ignored = new ArrayList<>();
        final List<String> left = new ArrayList<>();

        @Override
        public void member(Member member) {
            members.add(member);
        }

        @Override
        public void refused(ArchiveRefusal refusal) {
            refused.add(refusal);
        }

        @Override
        public void ignored(String displayName) {
            ignored.add(displayName);
        }

        @Override
        public void left(Path file, String relative, boolean complete) {
            left.add(relative + (complete ? " complete" : " abandoned"));
        }

        List<String> paths() {
            return members.stream().map(m -> String.join(" > ", m.chain())).toList();
        }
    }

    private Found walk(ArchiveLimits limits, Path... inputs) {
        Found f = new Found();
        new Walker(limits, p -> ExportFile.of(p).isWanted()).walk(List.of(inputs), f);
        return f;
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A gzip cut off in a download still gives the part before the cut to the decoder (which keeps
     * the messages before a cut and names it), as a cut plain file would; only a gzip of which
     * nothing can be decompressed is refused.
     */
    @Test
    void aCutGzipGivesThePartBeforeTheCutAndAnEmptyOneIsRefused() throws IOException {
        byte[] plain = new byte[200_000];
        new java.util.Random(7).nextBytes(plain);
        byte[] gz = ZipBuilder.gzip(plain);
        Files.write(dir.resolve("cut.fit.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
        Files.write(dir.resolve("head.fit.gz"), java.util.Arrays.copyOf(gz, 5));
        Found f = walk(ArchiveLimits.DEFAULT, dir);
        assertThat(f.paths()).containsExactly("cut.fit.gz");
        byte[] part = f.members.get(0).bytes();
        assertThat(part.length).isGreaterThan(50_000).isLessThan(plain.length);
        assertThat(part).isEqualTo(java.util.Arrays.copyOf(plain, part.length));
        assertThat(f.refused).hasSize(1);
        assertThat(f.refused.get(0).name()).endsWith("head.fit.gz");
        assertThat(f.refused.get(0).reason()).contains("broken gzip data");
    }

    @Test
    void foldersAreWalkedSortedAndOnlyWantedFilesAreRead() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.write(dir.resolve("a/b/run2.fit"), text("two"));
        Files.write(dir.resolve("a/run1.tcx.gz"), ZipBuilder.gzip(text("<tcx/>")));
        Files.write(dir.resolve("a/notes.txt"), text("x"));
        Found f = walk(ArchiveLimits.DEFAULT, dir);
        assertThat(f.paths()).containsExactly("a/b/run2.fit", "a/run1.tcx.gz");
        assertThat(new String(f.members.get(1).bytes(), StandardCharsets.UTF_8)).isEqualTo("<tcx/>");
        assertThat(f.members.get(1).gzipped()).isTrue();
        assertThat(f.members.get(0).displayName()).isEqualTo(dir.resolve("a/b/run2.fit").toString());
        assertThat(f.ignored).containsExactly(dir.resolve("a/notes.txt").toString());
        assertThat(f.refused).isEmpty();
    }

    @Test
    void nestedZipsAndGzipMembersAreReadInMemory() throws IOException {
        byte[] inner = new ZipBuilder().add("1_ACTIVITY.fit", text("fit-one")).add("readme.txt", "x").build();
        byte[] outer = new ZipBuilder()
                .add("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", inner)
                .add("activities/9.fit.gz", ZipBuilder.gzip(text("fit-nine")))
                .add("activities.csv", "Activity ID,Filename\n")
                .build();
        Path zip = dir.resolve("export.zip");
        Files.write(zip, outer);
        Found f = walk(ArchiveLimits.DEFAULT, zip);
        assertThat(f.paths()).containsExactly(
                "export.zip > DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip > 1_ACTIVITY.fit",
                "export.zip > activities/9.fit.gz",
                "export.zip > activities.csv");
        assertThat(new String(f.members.get(1).bytes(), StandardCharsets.UTF_8)).isEqualTo("fit-nine");
        assertThat(f.members.get(0).displayName()).isEqualTo(zip + "!/DI_CONNECT/DI-Connect-Uploaded-Files/"
                + "UploadedFiles_0-_Part1.zip!/1_ACTIVITY.fit");
        assertThat(f.members.get(0).containerName()).isEqualTo(zip + "!/DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip");
        assertThat(f.members.get(1).containerName()).isEqualTo(zip.toString());
        assertThat(f.left).containsExactly("export.zip complete");
        assertThat(f.refused).isEmpty();
    }

    @Test
    void zipSlipEntriesAreRefusedByNameAndNothingIsWrittenAnywhere() throws IOException {
        byte[] evil = new ZipBuilder()
                .add("../../evil.fit", "a")
                .add("/etc/evil2.fit", "b")
                .add("C:\\Windows\\evil3.fit", "c")
                .add("ok/../../evil4.fit", "d")
                .add("..\\evil5.fit", "e")
                .add("good.fit", "fine")
                .build();
        Path sub = Files.createDirectories(dir.resolve("deep/er"));
        Path zip = sub.resolve("slip.zip");
        Files.write(zip, evil);
        Found f = walk(ArchiveLimits.DEFAULT, zip);

        assertThat(f.paths()).containsExactly("slip.zip > good.fit");
        assertThat(f.refused).hasSize(5).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(ArchiveRefusal.Kind.UNSAFE_NAME);
            assertThat(r.reason()).contains("zip-slip");
            assertThat(r.name()).startsWith(zip + "!/");
        });
        assertThat(f.refused.get(0).reason()).contains("'../../evil.fit' climbs out of the archive");
        assertThat(f.refused.get(1).reason()).contains("absolute path");
        assertThat(f.refused.get(2).reason()).contains("names a drive");
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(p -> p.getFileName().toString().startsWith("evil"))).isEmpty();
        }
        assertThat(f.left).containsExactly("slip.zip complete");
    }

    @Test
    void aMemberExpandingFarBeyondItsCompressedSizeIsRefusedAsAZipBomb() throws IOException {
        byte[] bomb = new ZipBuilder().add("before.fit", "kept").zeros("bomb.fit", 50L << 20).add("after.fit", "x").build();
        assertThat(bomb.length).isLessThan(200_000);
        Path zip = dir.resolve("bomb.zip");
        Files.write(zip, bomb);
        Found f = walk(ArchiveLimits.DEFAULT, zip);
        assertThat(f.paths()).containsExactly("bomb.zip > before.fit");
        assertThat(f.refused).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ArchiveRefusal.Kind.TOO_LARGE);
            assertThat(r.name()).isEqualTo(zip + "!/bomb.fit");
            assertThat(r.reason()).contains("expands more than 200 times").contains("zip bomb");
        });
        assertThat(f.left).containsExactly("bomb.zip abandoned");
    }

    @Test
    void anUnwantedBombIsStoppedToo() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        Files.write(zip, new ZipBuilder().zeros("padding.bin", 50L << 20).build());
        Found f = walk(ArchiveLimits.DEFAULT, zip);
        assertThat(f.refused).singleElement().satisfies(r -> assertThat(r.kind()).isEqualTo(ArchiveRefusal.Kind.TOO_LARGE));
    }

    @Test
    void theTotalSizeLimitStopsAnArchiveOfManyModestMembers() throws IOException {
        ZipBuilder b = new ZipBuilder();
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        for (int i = 0; i < 20; i++) {
            byte[] noise = new byte[100_000];
            r.nextBytes(noise);
            b.add("run" + i + ".fit", noise);
        }
        Path zip = dir.resolve("many.zip");
        Files.write(zip, b.build());
        ArchiveLimits small = new ArchiveLimits(1 << 20, 1_000_000, 200, 3, 1000);
        Found f = walk(small, zip);
        assertThat(f.members).hasSize(10); // 10 x 100,000 bytes reach the limit exactly; the 11th passes it
        assertThat(f.refused).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(ArchiveRefusal.Kind.TOO_LARGE);
            assertThat(x.reason()).contains("expands beyond 1000000 bytes in all");
        });
    }

    @Test
    void archivesNestedTooDeepAreRefused() throws IOException {
        byte[] level = new ZipBuilder().add("deepest.fit", "x").build();
        for (int i = 0; i < 4; i++) {
            level = new ZipBuilder().add("level" + i + ".zip", level).add("at" + i + ".fit", "y" + i).build();
        }
        Path zip = dir.resolve("nest.zip");
        Files.write(zip, level);
        Found f = walk(ArchiveLimits.DEFAULT, zip);
        // depth 0 = nest.zip; level3 (1), level2 (2), level1 (3) are read; level0 would be the 4th
        assertThat(f.members).extracting(Member::fileName).containsExactlyInAnyOrder("at3.fit", "at2.fit", "at1.fit", "at0.fit");
        assertThat(f.refused).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ArchiveRefusal.Kind.TOO_DEEP);
            assertThat(r.name()).endsWith("level1.zip!/level0.zip");
        });
    }

    @Test
    void tooManyEntriesStopTheArchive() throws IOException {
        ZipBuilder b = new ZipBuilder();
        for (int i = 0; i < 30; i++) {
            b.add("e" + i + ".fit", "x");
        }
        Path zip = dir.resolve("entries.zip");
        Files.write(zip, b.build());
        Found f = walk(new ArchiveLimits(1 << 20, 1 << 30, 200, 3, 10), zip);
        assertThat(f.members).hasSize(10);
        assertThat(f.refused).singleElement().satisfies(r -> assertThat(r.kind()).isEqualTo(ArchiveRefusal.Kind.TOO_MANY_ENTRIES));
    }

    @Test
    void aGzipBombIsRefusedAndTheArchiveGoesOn() throws IOException {
        byte[] zeros = new byte[20 << 20];
        Path zip = dir.resolve("gz.zip");
        Files.write(zip, new ZipBuilder().add("bomb.fit.gz", ZipBuilder.gzip(zeros)).add("next.fit", "ok").build());
        Found f = walk(ArchiveLimits.DEFAULT, zip);
        assertThat(f.paths()).containsExactly("gz.zip > next.fit");
        assertThat(f.refused).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo(zip + "!/bomb.fit.gz");
            assertThat(r.kind()).isEqualTo(ArchiveRefusal.Kind.TOO_LARGE);
        });
    }

    @Test
    void brokenArchivesAndMissingPathsAreRefusedWithAReason() throws IOException {
        Path broken = dir.resolve("broken.zip");
        byte[] good = new ZipBuilder().add("a.fit", "aaaa").add("b.fit", "bbbb").build();
        Files.write(broken, java.util.Arrays.copyOf(good, 40));
        Found f = walk(ArchiveLimits.DEFAULT, broken, dir.resolve("missing.fit"));
        assertThat(f.refused).hasSize(2);
        assertThat(f.refused.get(0).name()).startsWith(broken.toString());
        assertThat(f.refused.get(0).kind()).isIn(ArchiveRefusal.Kind.CORRUPT, ArchiveRefusal.Kind.IO);
        assertThat(f.refused.get(1).reason()).isEqualTo("no such file or folder");
    }

    @Test
    void aFileNamedZipThatIsNoZipIsRefusedNotTakenForAnEmptyArchive() throws IOException {
        // ZipInputStream finds no entries in such data and says nothing: the walk must say it.
        Path random = dir.resolve("random.zip");
        Files.write(random, text("this is not a zip archive at all"));
        Path empty = dir.resolve("empty.zip");
        Files.write(empty, new ZipBuilder().build());
        byte[] outer = new ZipBuilder().add("inner.zip", text("not a zip either")).add("a.fit", text("aaaa")).build();
        Path nested = dir.resolve("nested.zip");
        Files.write(nested, outer);
        Path cut = dir.resolve("cut.zip");
        Files.write(cut, text("PK\u0003\u0004 and then nothing"));  // a zip signature, then no complete header
        Found f = walk(ArchiveLimits.DEFAULT, empty, random, nested, cut);
        assertThat(f.refused).extracting(ArchiveRefusal::name).containsExactly(random.toString(), nested + "!/inner.zip",
                cut.toString());
        assertThat(f.refused).allSatisfy(r -> assertThat(r.kind()).isEqualTo(ArchiveRefusal.Kind.CORRUPT));
        assertThat(f.refused.get(0).reason()).startsWith("not a zip archive");
        assertThat(f.refused.get(1).reason()).startsWith("not a zip archive");
        assertThat(f.refused.get(2).reason()).startsWith("broken zip data: its first entry is cut short");
        assertThat(f.paths()).as("the parent of a bad nested zip goes on").containsExactly("nested.zip > a.fit");
        assertThat(f.left).containsExactly("empty.zip complete", "random.zip abandoned", "nested.zip complete", "cut.zip abandoned");
    }
}
