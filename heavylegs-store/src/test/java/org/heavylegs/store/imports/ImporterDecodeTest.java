package org.heavylegs.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.heavylegs.store.imports.Exports.sha256Of;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.store.RunLog;
import org.heavylegs.store.Store;
import org.heavylegs.store.StoredActivity;
import org.heavylegs.store.DatabaseTestBase;
import org.junit.jupiter.api.Test;

/**
 * The import assertions that need the activity readers (FIT, TCX, GPX). Expected values were read
 * with the Garmin FIT SDK as a test-scope oracle and from the XML files themselves (see {@link Exports}).
 * Enable after merging the readers.
 */
class ImporterDecodeTest extends DatabaseTestBase {

    /** Worker threads of the importer (ImporterParallelTest runs every test here with several). */
    int workers() {
        return 1;
    }


    private static void assertStartsAt(StoredActivity a, String instant) {
        Duration d = Duration.between(Instant.parse(instant), a.activity().start()).abs();
        assertThat(d).as("start of %s", a.activity().source()).isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aGarminExportImportsEveryUploadedRunOnceAndRefusesTheBrokenFile() throws Exception {
        Path zip = dir.resolve("garmin_export.zip");
        Files.write(zip, Exports.garmin());
        try (Store store = open()) {
            ImportReport r = new Importer(store).parallel(workers()).run(List.of(zip));

            assertThat(r.activities()).isEqualTo(3);
            assertThat(r.filesImported()).isEqualTo(3 + 4);        // three FIT files, four wellness JSON
            assertThat(r.duplicates()).isEqualTo(1);               // hl_user_1001_again.fit
            assertThat(r.refused()).singleElement().satisfies(x ->
                    assertThat(x.name()).endsWith("UploadedFiles_0-_Part1.zip!/hl_user_1003.fit"));

            List<StoredActivity> runs = store.activities().load(null, false);
            assertThat(runs).hasSize(3).allSatisfy(a -> {
                assertThat(a.activity().sport()).isEqualTo("running");
                assertThat(a.activity().format()).isEqualTo(SourceFormat.FIT);
                assertThat(a.samples()).isPositive();
                // our totals agree with the watch's own session summary within 1 % (DESIGN.md 4)
                double device = a.activity().summary().get(DeviceSummary.DISTANCE_M);
                assertThat(a.totals().distanceM()).isCloseTo(device, within(device * 0.01));
            });
            // in start order
            assertStartsAt(runs.get(0), "2015-08-15T14:45:08Z");
            assertStartsAt(runs.get(1), "2017-06-11T14:34:09Z");
            assertStartsAt(runs.get(2), "2018-06-14T14:55:22Z");
            assertThat(runs.get(0).fileSha256()).isEqualTo(sha256Of(Exports.FENIX2_RUN));
            assertThat(runs.get(0).activity().summary().get(DeviceSummary.DISTANCE_M)).isCloseTo(9008.22, within(0.01));
            assertThat(runs.get(1).activity().summary().get(DeviceSummary.DISTANCE_M)).isCloseTo(157.56, within(0.01));
            assertThat(runs.get(2).activity().summary().get(DeviceSummary.DISTANCE_M)).isCloseTo(5383.19, within(0.01));
            assertThat(runs.get(2).activity().summary().get(DeviceSummary.AVG_HR)).isEqualTo(158.0);

            // the samples come back as the reader gave them
            Activity decoded = org.heavylegs.formats.ActivityFiles.read("x", Exports.corpus(Exports.DEV_DATA_RUN)).get(0);
            Activity loaded = store.activities().withSamples(runs.get(2));
            assertThat(loaded.streams().size()).isEqualTo(decoded.streams().size());
            assertThat(loaded.streams().channels()).isEqualTo(decoded.streams().channels());
            assertThat(loaded.streams().time()).containsExactly(decoded.streams().time());
            assertThat(loaded.rrS()).hasSameSizeAs(decoded.rrS());

            // a second import decodes nothing
            ImportReport again = new Importer(store).parallel(workers()).run(List.of(zip));
            assertThat(again.plainBytesDecoded()).isZero();
            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(store.activities().load(again.present(), false)).hasSize(3);
        }
    }

    @Test
    void aStravaExportKeepsOneRunRecordedThreeWaysAndLinksItsWeatherToTheFitFile() throws IOException {
        Path zip = dir.resolve("export_12345.zip");
        Files.write(zip, Exports.strava());
        try (Store store = open()) {
            ImportReport r = new Importer(store).parallel(workers()).run(List.of(zip));
            assertThat(r.refused()).isEmpty();
            assertThat(r.activities()).isEqualTo(3);

            List<StoredActivity> kept = store.activities().load(null, false);
            assertThat(kept).singleElement().satisfies(a -> {
                assertThat(a.activity().format()).isEqualTo(SourceFormat.FIT);
                assertThat(a.fileSha256()).isEqualTo(sha256Of(Exports.TESTDATA_FIT));
                assertStartsAt(a, "2021-04-16T13:37:53Z");
                assertThat(a.totals().distanceM()).isCloseTo(158.71, within(1.6));
            });
            List<StoredActivity> all = store.activities().load(null, false, true);
            assertThat(all).hasSize(3);
            assertThat(all).filteredOn(a -> a.duplicateOf() != null).hasSize(2)
                    .allSatisfy(a -> assertThat(a.duplicateOf()).isEqualTo(kept.get(0).id()));

            RunLog.StoredEntry weather = store.runLog().entries().get(0);
            assertThat(store.activities().load(List.of(weather.fileSha256()), false)).singleElement()
                    .satisfies(a -> assertThat(a.id()).isEqualTo(kept.get(0).id()));
            assertThat(weather.entry().temperatureC()).isEqualTo(27.5);
        }
    }
}
