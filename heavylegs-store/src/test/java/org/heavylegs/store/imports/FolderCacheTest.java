package org.heavylegs.store.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.heavylegs.formats.archive.ArchiveLimits;
import org.heavylegs.formats.archive.ZipBuilder;
import org.heavylegs.store.Store;
import org.heavylegs.store.StoredActivity;
import org.heavylegs.store.DatabaseTestBase;
import org.junit.jupiter.api.Test;

class FolderCacheTest extends DatabaseTestBase {


    private int decodes;

    private FolderCache openFolder() {
        Importer.Decoder counting = (name, bytes) -> {
            decodes++;
            return ImportChild.SYNTHETIC.decode(name, bytes);
        };
        return folderCache(dir).using(ArchiveLimits.DEFAULT, counting, "test", ImportListener.NONE);
    }

    @Test
    void aSecondRunOnAnUnchangedFolderDecodesNothingAndSeesTheFolderAsItIsNow() throws Exception {
        Path acts = Files.createDirectories(dir.resolve("activities/2026"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(acts.resolve("run" + i + ".fit"), "SYNTH " + i + " 600");
        }
        Files.write(dir.resolve("activities/more.zip"), new ZipBuilder().add("run4.fit", "SYNTH 4 600").build());

        try (FolderCache cache = openFolder()) {
            ImportReport first = cache.sync();
            assertThat(first.activities()).isEqualTo(4);
            assertThat(cache.activities(false)).hasSize(4);
        }
        assertThat(decodes).isEqualTo(4);
        if (onSqlite()) {
            assertThat(Store.athleteFolderLocation(dir)).exists();
        }

        try (FolderCache cache = openFolder()) {
            ImportReport second = cache.sync();
            assertThat(second.unchanged()).isEqualTo(4); // three files and the zip, none read
            assertThat(second.plainBytesDecoded()).isZero();
            List<StoredActivity> runs = cache.activities(false);
            assertThat(runs).hasSize(4);
            assertThat(cache.withSamples(runs.get(0)).streams().size()).isEqualTo(600);
        }
        assertThat(decodes).isEqualTo(4);

        // touched, new and deleted files
        Path run1 = acts.resolve("run1.fit");
        Path run5 = acts.resolve("run5.fit");
        Files.setLastModifiedTime(run1, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        Files.writeString(run5, "SYNTH 5 600");
        Files.delete(acts.resolve("run2.fit"));
        try (FolderCache cache = openFolder()) {
            Path zip = dir.resolve("activities/more.zip");
            Files.setLastModifiedTime(zip, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
            assertThat(cache.check(List.of(run1, acts.resolve("run3.fit"), run5, zip)))
                    .extracting(FolderCache.FileState::state)
                    .as("a touched zip is new to check(): its members are known only by walking it")
                    .containsExactly(FolderCache.State.KNOWN_CONTENT, FolderCache.State.UNCHANGED, FolderCache.State.NEW,
                            FolderCache.State.NEW);
            ImportReport third = cache.sync();
            assertThat(third.activities()).isEqualTo(1);
            assertThat(third.duplicates()).isEqualTo(2); // run1 and the zip's run4, hashed, not decoded
            assertThat(third.archiveMembers()).containsOnlyKeys(zip.toAbsolutePath().normalize().toString());
            assertThat(third.archiveMembers().values().iterator().next()).containsOnlyKeys("run4.fit");
            // run2 is gone from the folder, so from the picture too (it stays in the store)
            assertThat(cache.activities(false)).extracting(a -> a.activity().start())
                    .containsExactly(day(1), day(3), day(4), day(5));
            assertThat(cache.store().activities().count()).isEqualTo(5);
        }
        assertThat(decodes).isEqualTo(5);
    }

    @Test
    void aFolderWithoutActivitiesGivesNone() {
        try (FolderCache cache = openFolder()) {
            assertThat(cache.activities(false)).isEmpty();
            assertThat(cache.sync().refused()).isEmpty();
        }
    }

    private static Instant day(int seed) {
        return Instant.parse("2026-01-01T06:00:00Z").plusSeconds(seed * 86_400L);
    }
}
