package org.heavylegs.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.heavylegs.store.imports.Exports.sha256Of;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.formats.archive.ArchiveLimits;
import org.heavylegs.formats.archive.ZipBuilder;
import org.heavylegs.store.RunLog;
import org.heavylegs.store.Store;
import org.heavylegs.store.Wellness;
import org.heavylegs.store.DatabaseTestBase;
import org.junit.jupiter.api.Test;

/**
 * Imports of synthetic Garmin and Strava archives around real corpus files. What needs no activity
 * reader is asserted here; what needs the FIT, TCX and GPX readers is in {@link ImporterDecodeTest}.
 */
class ImporterTest extends DatabaseTestBase {


    private static final LocalDate D1 = LocalDate.parse("2026-03-01");
    private static final LocalDate D2 = LocalDate.parse("2026-03-02");

    /** Worker threads of the importer (ImporterParallelTest runs every test here with several). */
    int workers() {
        return 1;
    }

    private ImportReport importPaths(Store store, Path... paths) {
        return new Importer(store).parallel(workers()).run(List.of(paths));
    }

    @Test
    void aGarminExportBringsItsWellnessJsonInAsWellnessDaysAndFindsEveryUploadedFile() throws IOException {
        Path zip = dir.resolve("garmin_export.zip");
        Files.write(zip, Exports.garmin());
        try (Store store = open()) {
            ImportReport r = importPaths(store, zip);

            assertThat(r.wellnessDays()).isEqualTo(2 + 2 + 2 + 2);
            assertThat(store.wellness().days(Wellness.GARMIN_EXPORT)).containsExactly(
                    new WellnessDay(D1, 48.0, 58.0, 7.5, 70.4, null, null, null, null, null),
                    new WellnessDay(D2, 50.0, 61.0, 7.5, null, null, null, null, null, null),
                    new WellnessDay(LocalDate.parse("2026-03-05"), null, null, null, 71.0, null, null, null, null, null));
            // the UDS file's resting HR of 400 was dropped and said so
            assertThat(r.warnings()).singleElement().asString().contains("UDSFile_").contains("400");
            // every uploaded FIT file was found in the nested parts, by content
            assertThat(r.present()).contains(sha256Of(Exports.FENIX2_RUN), sha256Of(Exports.DEV_DATA_RUN),
                    sha256Of(Exports.FENIX5_RUN), Exports.sha256(Exports.corruptHeader()));
            assertThat(r.ignored()).isEqualTo(2); // user_profile.json, summarizedActivities.json
            assertThat(r.refused()).anySatisfy(x -> assertThat(x.name()).isEqualTo(
                    zip + "!/DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip!/hl_user_1003.fit"));
            assertThat(store.files().find(Exports.sha256(Exports.corruptHeader())).orElseThrow().refused()).isTrue();
        }
    }

    @Test
    void aStravaExportLinksItsWeatherToTheActivityFiles() throws IOException {
        Path zip = dir.resolve("export_12345.zip");
        Files.write(zip, Exports.strava());
        try (Store store = open()) {
            ImportReport r = importPaths(store, zip);
            assertThat(r.runLogRecords()).isEqualTo(3);
            assertStravaWeather(store, zip.toString());
            assertThat(r.present()).contains(sha256Of(Exports.TESTDATA_FIT), sha256Of(Exports.TESTDATA_GPX),
                    sha256Of(Exports.TESTDATA_TCX));
            assertThat(r.ignored()).isEqualTo(2); // profile.csv, media/abc.jpg
        }
    }

    @Test
    void anUnpackedStravaExportIsLinkedTheSameWay() throws IOException {
        Path folder = dir.resolve("export_12345");
        Exports.stravaFolder(folder);
        try (Store store = open()) {
            ImportReport r = importPaths(store, dir.resolve("export_12345"));
            assertThat(r.runLogRecords()).isEqualTo(3);
            assertStravaWeather(store, folder.resolve("activities.csv").toString());
        }
    }

    private static void assertStravaWeather(Store store, String csvPrefix) {
        List<RunLog.StoredEntry> log = store.runLog().entries();
        assertThat(log).extracting(RunLog.StoredEntry::originRef).containsExactly("201", "202", "204");
        assertThat(log).allSatisfy(e -> assertThat(e.origin()).isEqualTo(RunLog.STRAVA_EXPORT));
        RunLog.StoredEntry fit = log.get(0);
        assertThat(fit.fileSha256()).isEqualTo(sha256Of(Exports.TESTDATA_FIT)); // hash of the plain, un-gzipped file
        assertThat(fit.entry().start()).isEqualTo(Instant.parse("2021-04-16T13:37:53Z"));
        assertThat(fit.entry().date()).isEqualTo(LocalDate.parse("2021-04-16"));
        assertThat(fit.entry().temperatureC()).isEqualTo(27.5);
        assertThat(fit.entry().humidityPct()).isEqualTo(65.0);
        assertThat(fit.entry().notes()).contains("Partly Cloudy").contains("dew point 19.0 C");
        assertThat(fit.entry().source()).startsWith(csvPrefix).endsWith("activities.csv:2");
        assertThat(log.get(1).fileSha256()).isEqualTo(sha256Of(Exports.TESTDATA_GPX));
        RunLog.StoredEntry manual = log.get(2);
        assertThat(manual.fileSha256()).isNull();
        assertThat(manual.entry().temperatureC()).isEqualTo(15.0);
        assertThat(manual.entry().humidityPct()).isEqualTo(80.0);
    }

    @Test
    void importingTheSameArchiveAgainReadsNothingChangesNothingAndNamesTheSameRefusals() throws IOException {
        Path zip = dir.resolve("garmin_export.zip");
        Files.write(zip, Exports.garmin());
        try (Store store = open()) {
            ImportReport first = importPaths(store, zip);
            long[] files = store.files().counts();
            ImportReport second = importPaths(store, zip);
            assertThat(second.unchanged()).isEqualTo(1);
            assertThat(second.filesImported()).isZero();
            assertThat(second.duplicates()).isZero();
            assertThat(second.plainBytesDecoded()).isZero();
            assertThat(second.present()).isEqualTo(first.present());
            assertThat(second.refused()).extracting(ImportReport.Refusal::name)
                    .containsExactlyInAnyOrderElementsOf(first.refused().stream().map(ImportReport.Refusal::name).distinct().toList());
            assertThat(store.files().counts()).containsExactly(files);
            assertThat(store.wellness().days(Wellness.GARMIN_EXPORT)).hasSize(3);

            // the same archive under another name: read again, everything found by content
            Path copy = dir.resolve("copy.zip");
            Files.copy(zip, copy);
            ImportReport third = importPaths(store, copy);
            assertThat(third.filesImported()).isZero();
            assertThat(third.duplicates()).isGreaterThanOrEqualTo(4); // the four JSON files at least
            assertThat(store.files().counts()).containsExactly(files);
        }
    }

    /**
     * The refusals of an unchanged archive come from the store in the order of their names' code
     * points (as SQLite's binary order), whatever the collation of a PostgreSQL database.
     */
    @Test
    void theRefusalsOfAnUnchangedArchiveAreNamedInCodePointOrder() throws IOException {
        Path zip = dir.resolve("refused.zip");
        Files.write(zip, new ZipBuilder().add("a.fit", Exports.corruptHeader()).add("B.fit", Exports.corruptHeader())
                .add("_c.fit", Exports.corruptHeader()).build());
        try (Store store = open()) {
            importPaths(store, zip);
            ImportReport again = importPaths(store, zip);
            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(again.refused()).extracting(ImportReport.Refusal::name)
                    .containsExactly(zip + "!/B.fit", zip + "!/_c.fit", zip + "!/a.fit");
        }
    }

    @Test
    void anArchiveReadCleanlyIsSkippedUnreadWhenUnchangedAndReadAgainWhenTouched() throws IOException {
        Path zip = dir.resolve("wellness_only.zip");
        Files.write(zip, new ZipBuilder()
                .add("DI_CONNECT/DI-Connect-Aggregator/UDSFile_1.json", "[{\"calendarDate\":\"2026-03-01\",\"restingHeartRate\":48}]")
                .build());
        try (Store store = open()) {
            ImportReport first = importPaths(store, zip);
            assertThat(first.filesImported()).isEqualTo(1);
            ImportReport second = importPaths(store, zip);
            assertThat(second.unchanged()).isEqualTo(1);
            assertThat(second.duplicates()).isZero();
            assertThat(second.bytesRead()).isEqualTo(first.bytesRead()); // counted, not read
            assertThat(second.present()).isEqualTo(first.present());

            Files.setLastModifiedTime(zip, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
            ImportReport third = importPaths(store, zip);
            assertThat(third.unchanged()).isZero();
            assertThat(third.duplicates()).isEqualTo(1);
        }
    }

    @Test
    void aRefusedFileInAnUnchangedFolderIsNotDecodedAgainButStillNamed() throws IOException {
        Path f = dir.resolve("runs/broken.fit");
        Files.createDirectories(f.getParent());
        Files.write(f, Exports.corruptHeader());
        int[] decodes = {0};
        Importer.Decoder counting = (name, bytes) -> {
            decodes[0]++;
            return Importer.FORMATS.decode(name, bytes);
        };
        try (Store store = open()) {
            Importer importer = new Importer(store, ArchiveLimits.DEFAULT, counting, "v1", ImportListener.NONE);
            ImportReport first = importer.run(List.of(dir.resolve("runs")));
            ImportReport second = importer.run(List.of(dir.resolve("runs")));
            assertThat(decodes[0]).isEqualTo(1);
            assertThat(first.refused()).hasSize(1);
            assertThat(second.refused()).singleElement().satisfies(x -> {
                assertThat(x.name()).isEqualTo(f.toString());
                assertThat(x.reason()).endsWith("(unchanged since it was refused)");
            });
            // a newer reader tries again
            new Importer(store, ArchiveLimits.DEFAULT, counting, "v2", ImportListener.NONE).run(List.of(dir.resolve("runs")));
            assertThat(decodes[0]).isEqualTo(2);
        }
    }

    @Test
    void hostileArchivesAreRefusedAndTheRestIsImported() throws IOException {
        Path slip = dir.resolve("slip.zip");
        Files.write(slip, new ZipBuilder()
                .add("../../outside.json", "[]")
                .add("DI_CONNECT/DI-Connect-Aggregator/UDSFile_1.json", "[{\"calendarDate\":\"2026-03-01\",\"restingHeartRate\":48}]")
                .build());
        Path bomb = dir.resolve("bomb.zip");
        Files.write(bomb, new ZipBuilder().zeros("DI_CONNECT/DI-Connect-Aggregator/UDSFile_2.json", 64L << 20).build());
        try (Store store = open()) {
            ImportReport r = importPaths(store, slip, bomb);
            assertThat(r.refused()).hasSize(2);
            assertThat(r.refused().get(0).name()).isEqualTo(slip + "!/../../outside.json");
            assertThat(r.refused().get(0).reason()).contains("zip-slip");
            assertThat(r.refused().get(1).name()).isEqualTo(bomb + "!/DI_CONNECT/DI-Connect-Aggregator/UDSFile_2.json");
            assertThat(r.refused().get(1).reason()).contains("zip bomb");
            assertThat(store.wellness().days()).extracting(WellnessDay::restingHr).containsExactly(48.0);
            assertThat(Files.exists(dir.getParent().resolve("outside.json"))).isFalse();
            assertThat(Files.exists(dir.resolve("outside.json"))).isFalse();
        }
    }

    @Test
    void theSameFileUnderTwoNamesIsStoredOnce() throws IOException {
        Path a = dir.resolve("in/a/UDSFile_1.json");
        Path b = dir.resolve("in/b/UDSFile_1_copy.json");
        Files.createDirectories(a.getParent());
        Files.createDirectories(b.getParent());
        String json = "[{\"calendarDate\":\"2026-03-01\",\"restingHeartRate\":48}]";
        Files.writeString(a, json);
        Files.writeString(b, json);
        try (Store store = open()) {
            ImportReport r = importPaths(store, dir.resolve("in"));
            assertThat(r.filesImported()).isEqualTo(1);
            assertThat(r.duplicates()).isEqualTo(1);
            assertThat(store.files().counts()).containsExactly(1, 0);
            assertThat(store.locations().find(b.toString())).isPresent();
        }
    }

    @Test
    void aReaderBugRefusesOnlyItsFileAndTheBatchGoesOn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-crash.fit"), "SYNTH 1 60");
        Files.writeString(in.resolve("b-nostart.fit"), "SYNTH 2 60");
        Files.writeString(in.resolve("c-good.fit"), "SYNTH 3 60");
        Importer.Decoder buggy = (name, bytes) -> {
            if (name.endsWith("a-crash.fit")) {
                throw new ArrayIndexOutOfBoundsException("Index 7 out of bounds for length 7");
            }
            org.heavylegs.core.activity.Activity a = ImportChild.SYNTHETIC.decode(name, bytes).get(0);
            if (name.endsWith("b-nostart.fit")) {
                a = new org.heavylegs.core.activity.Activity(a.source(), a.format(), a.sport(), a.subSport(), null,
                        a.streams(), a.laps(), a.pauses(), a.rrS(), a.summary(), a.device(), a.warnings());
            }
            return List.of(a);
        };
        try (Store store = open()) {
            ImportReport r = new Importer(store, ArchiveLimits.DEFAULT, buggy, "t", ImportListener.NONE).run(List.of(in));
            assertThat(r.refused()).extracting(ImportReport.Refusal::reason).containsExactly(
                    "internal error while reading (ArrayIndexOutOfBoundsException: Index 7 out of bounds for length 7); "
                            + "please report it with this file",
                    "the reader gave an activity without its start, sport, format, samples or summary; "
                            + "please report it with this file");
            assertThat(r.activities()).isEqualTo(1);
            assertThat(store.activities().count()).isEqualTo(1);
        }
    }
}
