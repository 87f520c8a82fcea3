package org.heavylegs.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heavylegs.store.imports.Exports.sha256Of;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.heavylegs.formats.archive.ZipBuilder;
import org.heavylegs.store.RunLog;
import org.heavylegs.store.Store;
import org.heavylegs.store.Wellness;
import org.heavylegs.store.DatabaseTestBase;
import org.junit.jupiter.api.Test;

/** {@link Importer#run(String, java.io.InputStream, long)}: uploads, imported from a stream. */
class ImporterStreamTest extends DatabaseTestBase {


    private static ImportReport upload(Store store, String name, byte[] bytes) {
        return new Importer(store).run(name, new ByteArrayInputStream(bytes), bytes.length);
    }

    @Test
    void anUploadedExportArchiveIsImportedLikeOneOnDiskWithoutRecordingALocation() {
        try (Store store = open()) {
            byte[] zip = Exports.strava();
            ImportReport r = upload(store, "export_12345.zip", zip);
            assertThat(r.runLogRecords()).isEqualTo(3);
            assertThat(r.totalBytes()).isEqualTo(zip.length);
            assertThat(r.bytesRead()).isEqualTo(zip.length);
            assertThat(store.runLog().entries()).allSatisfy(e -> assertThat(e.origin()).isEqualTo(RunLog.STRAVA_EXPORT));
            assertThat(store.runLog().entries().get(0).fileSha256()).isEqualTo(sha256Of(Exports.TESTDATA_FIT));
            assertThat(store.locations().all()).as("an upload has no place on disk").isEmpty();

            ImportReport again = upload(store, "copy.zip", zip);
            assertThat(again.filesImported()).isZero();
            assertThat(again.duplicates()).isPositive();
        }
    }

    @Test
    void aGarminExportUploadBringsItsWellnessDays() {
        try (Store store = open()) {
            ImportReport r = upload(store, "garmin.zip", Exports.garmin());
            assertThat(r.wellnessDays()).isEqualTo(8);
            assertThat(store.wellness().days(Wellness.GARMIN_EXPORT)).hasSize(3);
        }
    }

    @Test
    void aBombIsRefusedNamedAfterTheUploadAndWhatCameBeforeIsKept() {
        byte[] bomb = new ZipBuilder().add("x_sleepData.json", "[]").zeros("bomb.fit", 50L << 20).build();
        try (Store store = open()) {
            ImportReport r = upload(store, "../evil/bomb.zip", bomb);
            assertThat(r.refused()).singleElement().satisfies(x -> {
                assertThat(x.name()).isEqualTo("bomb.zip!/bomb.fit");
                assertThat(x.reason()).contains("zip bomb");
            });
            assertThat(r.filesImported()).isEqualTo(1);
        }
    }
}
