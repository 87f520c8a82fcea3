package org.heavylegs.store.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.LocalDate;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.core.history.AthleteData;
import org.heavylegs.core.history.InputProblem;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.formats.ActivityFiles;
import org.heavylegs.formats.archive.ZipBuilder;
import org.heavylegs.formats.folder.AthleteFolder;
import org.heavylegs.formats.folder.FolderZips;
import org.heavylegs.store.Store;
import org.heavylegs.store.imports.Exports;
import org.heavylegs.store.imports.ImportListener;
import org.heavylegs.store.imports.Importer;
import org.heavylegs.store.DatabaseTestBase;
import org.junit.jupiter.api.Test;

/**
 * Zips in activities/ (DESIGN.md 2.2) read through the folder's store give exactly what
 * {@link AthleteFolder} gives reading them itself, and an unchanged zip is not decoded again.
 */
class CachedFolderZipTest extends DatabaseTestBase {

    static final Clock LATER = CachedFolderTest.LATER;
    static final String RUNNING = "FitFileParser/Tests/FitFileParserSwiftTests/samples/running.fit";
    static final String EDGE500 = "python-fitparse/garmin-edge-500-activity.fit";
    static final String CONNECTSTATS = "connectstats/ConnectStatsTests/samples/tcx/activity_217470507.fit";
    static final String MULTISPORT = "muktihari-fit/testdata/from_official_sdk/activity_multisport.fit";


    private final AtomicInteger decodes = new AtomicInteger();

    private CachedFolder openFolder() {
        Importer.Decoder counting = (name, bytes) -> {
            decodes.incrementAndGet();
            return Importer.FORMATS.decode(name, bytes);
        };
        return cachedFolder(dir).using(counting, ImportListener.NONE).parallel(1);
    }

    private void write(String relative, byte[] bytes) throws IOException {
        Path to = dir.resolve("activities").resolve(relative);
        Files.createDirectories(to.getParent());
        Files.write(to, bytes);
    }

    /**
     * A Garmin and a Strava export, a plain zip with a nested zip (one run also lying loose in the
     * folder, and a macOS metadata twin that is skipped), a hostile zip (zip-slip name, zip bomb), a
     * zip cut off in its second member, and a wellness log.
     */
    private void folder() throws IOException {
        write("garmin/export.zip", Exports.garmin());
        write("strava.zip", Exports.strava());
        byte[] inner = new ZipBuilder().add("running.fit", Exports.corpus(RUNNING)).build();
        write("plain.zip", new ZipBuilder().add("2019/inner.zip", inner).add("edge.fit.gz",
                ZipBuilder.gzip(Exports.corpus(EDGE500))).add("__MACOSX/._edge.fit.gz", new byte[] {0, 5, 22, 7}).build());
        write("running.fit", Exports.corpus(RUNNING));
        write("hostile.zip", new ZipBuilder().add("../escape.fit", Exports.corpus(RUNNING)).add("fine.fit", Exports.corpus(MULTISPORT))
                .zeros("bomb.fit", 50L << 20).build());
        byte[] whole = new ZipBuilder().add("a.fit", Exports.corpus(CONNECTSTATS))
                .add("b.fit", Exports.corpus(EDGE500)).build();
        write("cut.zip", java.util.Arrays.copyOf(whole, whole.length - 30_000)); // cut inside b.fit
        Files.writeString(dir.resolve("wellness.csv"), "date,resting_hr\n2021-04-16,50\n");
    }

    @Test
    void zipsReadThroughTheStoreGiveWhatTheFolderLoaderGivesAndAreNotDecodedTwice() throws Exception {
        folder();
        AthleteData direct = AthleteFolder.load(dir, LATER, ActivityFiles::read);
        AthleteData cached;
        try (CachedFolder folder = openFolder()) {
            cached = folder.load(LATER);
        }
        assertThat(CachedFolderTest.describe(cached)).isEqualTo(CachedFolderTest.describe(direct));
        assertThat(cached.problems()).hasToString(direct.problems().toString());
        assertThat(cached.wellness()).isEqualTo(direct.wellness());
        // the Garmin export's wellness files add their days under wellness.csv's (ExportFixtures' days)
        assertThat(direct.wellness()).extracting(d -> d.date().toString())
                .containsExactly("2021-04-16", "2026-03-01", "2026-03-02", "2026-03-05");
        assertThat(direct.wellness().get(1)).isEqualTo(new WellnessDay(LocalDate.parse("2026-03-01"), 48.0, 58.0, 7.5, 70.4,
                null, null, null, null, null));

        Path a = dir.resolve("activities");
        List<String> sources = direct.activities().stream().map(RunSummary::source).toList();
        assertThat(sources).contains(
                a.resolve("garmin/export.zip") + "!/DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip!/hl_user_1001.fit",
                a.resolve("garmin/export.zip") + "!/DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part2.zip!/hl_user_1004.fit",
                a.resolve("plain.zip") + "!/2019/inner.zip!/running.fit",
                a.resolve("plain.zip") + "!/edge.fit.gz",
                a.resolve("strava.zip") + "!/activities/201.fit.gz",
                a.resolve("hostile.zip") + "!/fine.fit",
                a.resolve("cut.zip") + "!/a.fit");
        assertThat(sources).noneMatch(s -> s.equals(a.resolve("running.fit").toString()));
        List<String> problems = direct.problems().stream().map(InputProblem::toString).toList();
        assertThat(problems).anySatisfy(s -> assertThat(s).startsWith(a.resolve("running.fit") + ": same ")
                .endsWith(" as " + a.resolve("plain.zip") + "!/2019/inner.zip!/running.fit; counted once"));
        assertThat(problems).anySatisfy(s -> assertThat(s).startsWith(a.resolve("hostile.zip") + "!/../escape.fit: ").contains("zip-slip"));
        assertThat(problems).anySatisfy(s -> assertThat(s).startsWith(a.resolve("hostile.zip") + "!/bomb.fit: ").contains("zip bomb"));
        assertThat(problems).anySatisfy(s -> assertThat(s).startsWith(a.resolve("garmin/export.zip")
                + "!/DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip!/hl_user_1003.fit: "));
        assertThat(problems).anySatisfy(s -> assertThat(s).startsWith(a.resolve("cut.zip") + "!/b.fit: broken zip data"));
        assertThat(direct.problems()).filteredOn(InputProblem::refused).hasSize(4);

        int first = decodes.get();
        // distinct activity contents: Garmin 4 (one twice), Strava 3, plain 2 (+ the loose copy), hostile's fine.fit, cut's a.fit
        assertThat(first).isEqualTo(11);
        try (CachedFolder folder = openFolder()) {
            AthleteData again = folder.load(LATER);
            assertThat(CachedFolderTest.describe(again)).isEqualTo(CachedFolderTest.describe(direct));
            assertThat(again.problems()).hasToString(direct.problems().toString());
            assertThat(again.wellness()).isEqualTo(direct.wellness());
            assertThat(folder.lastSync().plainBytesDecoded()).isZero();
            assertThat(folder.lastSync().filesImported()).as("no wellness file parsed again either").isZero();
            for (RunSummary run : again.activities()) {
                Optional<Activity> stored = folder.reloader().reload(run);
                assertThat(stored).as(run.source()).isPresent();
                assertThat(stored.get().source()).isEqualTo(run.source());
                assertThat(stored.get().start()).isEqualTo(run.start());
            }
        }
        assertThat(decodes.get()).as("an unchanged folder decodes nothing").isEqualTo(first);

        Files.setLastModifiedTime(a.resolve("garmin/export.zip"), FileTime.from(Instant.parse("2029-01-01T00:00:00Z")));
        try (CachedFolder folder = openFolder()) {
            assertThat(CachedFolderTest.describe(folder.load(LATER))).isEqualTo(CachedFolderTest.describe(direct));
        }
        // its refused member is tried once more, as a touched refused file beside it would be
        assertThat(decodes.get()).as("a touched zip is read and hashed; only what was refused is decoded").isEqualTo(first + 1);
    }

    private static WellnessDay day(String date, Double restingHr, Double hrv, Double sleepH, Double massKg) {
        return new WellnessDay(LocalDate.parse(date), restingHr, hrv, sleepH, massKg, null, null, null, null, null);
    }

    private AthleteData loadBothWays() {
        AthleteData direct = AthleteFolder.load(dir, LATER, ActivityFiles::read);
        try (CachedFolder folder = openFolder()) {
            AthleteData cached = folder.load(LATER);
            assertThat(cached.wellness()).isEqualTo(direct.wellness());
            assertThat(cached.problems()).hasToString(direct.problems().toString());
            return cached;
        }
    }

    /**
     * The folder's store is a cache of the folder: an export's wellness days count while its zip is
     * in activities/ and are gone once it is replaced or removed; wellness.csv wins per value.
     */
    @Test
    void anExportsWellnessDaysGoWithItsZipAndWellnessCsvWinsPerValue() throws Exception {
        write("garmin/export.zip", Exports.garmin());
        Files.writeString(dir.resolve("wellness.csv"), "date,resting_hr,sleep_h,soreness\n2026-03-01,46,,3\n");
        AthleteData first = loadBothWays();
        assertThat(first.wellness()).containsExactly(
                new WellnessDay(LocalDate.parse("2026-03-01"), 46.0, 58.0, 7.5, 70.4, 3.0, null, null, null, null),
                day("2026-03-02", 50.0, 61.0, 7.5, null),
                day("2026-03-05", null, null, null, 71.0));
        assertThat(first.problems()).extracting(InputProblem::toString).contains(dir.resolve("activities/garmin/export.zip")
                + "!/DI_CONNECT/DI-Connect-Aggregator/UDSFile_2026-01-01_2026-04-01.json: 2026-03-04: resting HR of 400.0 is outside 20.0-150.0; skipped");
        int decoded = decodes.get();
        try (CachedFolder folder = openFolder()) {
            assertThat(folder.load(LATER).wellness()).isEqualTo(first.wellness());
            assertThat(folder.lastSync().filesImported()).isZero();
            assertThat(folder.lastSync().unchanged()).isEqualTo(1);
        }
        assertThat(decodes.get()).isEqualTo(decoded);

        // replaced by a newer export holding other days: the old zip's days are gone
        Files.delete(dir.resolve("activities/garmin/export.zip"));
        write("garmin/newer.zip", new ZipBuilder()
                .add("DI_CONNECT/DI-Connect-Aggregator/UDSFile_2026-04-01_2026-07-01.json",
                        "[{\"calendarDate\":\"2026-03-01\",\"restingHeartRate\":51},"
                                + "{\"calendarDate\":\"2026-04-02\",\"restingHeartRate\":47}]")
                .build());
        assertThat(loadBothWays().wellness()).containsExactly(
                new WellnessDay(LocalDate.parse("2026-03-01"), 46.0, null, null, null, 3.0, null, null, null, null),
                day("2026-04-02", 47.0, null, null, null));

        // removed: only the runner's own log is left
        Files.delete(dir.resolve("activities/garmin/newer.zip"));
        assertThat(loadBothWays().wellness()).containsExactly(
                new WellnessDay(LocalDate.parse("2026-03-01"), 46.0, null, null, null, 3.0, null, null, null, null));
    }

    /**
     * A Garmin export unpacked into activities/ counts as its zip does, through the store as without
     * it: the wellness JSON lying loose gives the same days, unchanged files are not read again, a
     * broken one is refused by name on every run, and a removed one takes its days with it.
     */
    @Test
    void anUnpackedExportsWellnessCountsAsItsZipsDoes() throws Exception {
        write("garmin/export.zip", Exports.garmin());
        Files.writeString(dir.resolve("wellness.csv"), "date,resting_hr,sleep_h,soreness\n2026-03-01,46,,3\n");
        List<WellnessDay> zipped = loadBothWays().wellness();
        Files.delete(dir.resolve("activities/garmin/export.zip"));
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(Exports.garmin()))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    write("garmin/" + e.getName(), in.readAllBytes());
                }
            }
        }
        write("garmin/DI_CONNECT/DI-Connect-Wellness/9_sleepData.json", "[{\n\"calendarDate\": \n".getBytes());

        AthleteData first = loadBothWays();
        assertThat(first.wellness()).isEqualTo(zipped).isNotEmpty();
        assertThat(first.activities()).isNotEmpty();
        assertThat(first.problems()).filteredOn(p -> p.toString().contains("9_sleepData")).singleElement().satisfies(p -> {
            assertThat(p.refused()).isTrue();
            assertThat(p.toString()).startsWith(dir.resolve("activities/garmin/DI_CONNECT/DI-Connect-Wellness/9_sleepData.json")
                    + ": not valid JSON");
        });
        assertThat(first.problems()).extracting(InputProblem::toString).noneMatch(p -> p.contains("not an activity file"));
        int decoded = decodes.get();
        try (CachedFolder folder = openFolder()) {
            AthleteData again = folder.load(LATER);
            assertThat(again.wellness()).isEqualTo(first.wellness());
            assertThat(again.problems()).hasToString(first.problems().toString());
            assertThat(folder.lastSync().filesImported()).isZero();
        }
        assertThat(decodes.get()).isEqualTo(decoded);

        // the UDS file (resting HR) removed: its values are gone, the log's stays
        try (java.util.stream.Stream<Path> files = Files.walk(dir.resolve("activities/garmin"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("UDSFile_")).toList()) {
                Files.delete(f);
            }
        }
        List<WellnessDay> after = loadBothWays().wellness();
        assertThat(after.get(0).restingHr()).isEqualTo(46.0);
        assertThat(after).extracting(WellnessDay::restingHr).containsOnly(46.0, null);
    }

    /**
     * The folder and {@code heavylegs import} agree: the store's own wellness (the export imported
     * by the sync, wellness.csv kept as origin "wellness.csv") merges to the folder's days.
     */
    @Test
    void theFolderMergesWellnessAsTheStoreDoes() throws Exception {
        write("garmin/export.zip", Exports.garmin());
        Files.writeString(dir.resolve("wellness.csv"), "date,resting_hr,hrv_rmssd_ms,sleep_h,soreness\n"
                + "2026-03-01,46,,6.0,3\n2026-03-02,,70,,\n2026-03-20,49,,,\n");
        try (CachedFolder folder = openFolder()) {
            AthleteData data = folder.load(LATER);
            folder.store().wellness().replace("wellness.csv", org.heavylegs.formats.folder.WellnessCsv.parse("wellness.csv",
                    Files.readString(dir.resolve("wellness.csv")), LocalDate.parse("2029-01-01")).values());
            assertThat(folder.store().wellness().days()).isEqualTo(data.wellness());
            assertThat(data.wellness()).hasSize(4); // 2026-03-01, -02 and -05 from the export, -20 from the log only
            assertThat(data.wellness().get(1)).isEqualTo(day("2026-03-02", 50.0, 70.0, 7.5, null)); // the log's HRV wins
        }
    }

    /** A wellness file that cannot be read is refused by name, through the store as without it, and nothing else is lost. */
    @Test
    void aBrokenWellnessFileIsRefusedByNameOnEveryRun() throws Exception {
        write("export.zip", new ZipBuilder()
                .add("DI_CONNECT/DI-Connect-Wellness/1234_sleepData.json", "[{\n\"calendarDate\": \n")
                .add("DI_CONNECT/DI-Connect-Aggregator/UDSFile_1.json", "[{\"calendarDate\":\"2026-03-01\",\"restingHeartRate\":48}]")
                .add("run.fit", Exports.corpus(RUNNING))
                .build());
        AthleteData first = loadBothWays();
        assertThat(first.wellness()).containsExactly(day("2026-03-01", 48.0, null, null, null));
        assertThat(first.activities()).hasSize(1);
        assertThat(first.problems()).singleElement().satisfies(p -> {
            assertThat(p.refused()).isTrue();
            assertThat(p.toString()).startsWith(dir.resolve("activities/export.zip")
                    + "!/DI_CONNECT/DI-Connect-Wellness/1234_sleepData.json: not valid JSON");
        });
        AthleteData again = loadBothWays(); // unchanged zip: the refusal comes from the store
        assertThat(again.problems()).hasToString(first.problems().toString());
        assertThat(again.wellness()).isEqualTo(first.wellness());
    }

    /**
     * A folder store from before wellness was kept per file (schema 2) knows the export's wellness
     * files but not their days: migration 3 forgets those files, so the next run reads them again.
     */
    @Test
    void aStoreFromBeforeWellnessPerFileReadsTheWellnessFilesAgain() throws Exception {
        write("export.zip", new ZipBuilder()
                .add("DI_CONNECT/DI-Connect-Aggregator/UDSFile_1.json", "[{\"calendarDate\":\"2026-03-01\",\"restingHeartRate\":48}]")
                .add("run.fit", Exports.corpus(RUNNING))
                .build());
        AthleteData first = loadBothWays();
        assertThat(first.wellness()).containsExactly(day("2026-03-01", 48.0, null, null, null));
        // back to schema 2, as a store written before migration 3 was
        try (java.sql.Connection c = connectFolderStore(dir);
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("DROP TABLE wellness_file_warning");
            st.executeUpdate("DROP TABLE wellness_file_day");
            st.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '3'");
        }
        int decoded = decodes.get();
        assertThat(loadBothWays().wellness()).isEqualTo(first.wellness());
        assertThat(decodes.get()).as("the run beside it is not decoded again").isEqualTo(decoded);
    }

    @Test
    void aMembersSamplesAreReadAgainFromItsZipWithoutAStore() throws Exception {
        folder();
        AthleteData direct = AthleteFolder.load(dir, LATER, ActivityFiles::read);
        String nested = dir.resolve("activities/plain.zip") + "!/2019/inner.zip!/running.fit";
        RunSummary run = direct.activities().stream().filter(r -> r.source().equals(nested)).findFirst().orElseThrow();
        byte[] bytes = FolderZips.member(nested).orElseThrow();
        assertThat(bytes).isEqualTo(Exports.corpus(RUNNING));
        assertThat(ActivityFiles.read(nested, bytes)).anySatisfy(act -> assertThat(act.start()).isEqualTo(run.start()));
    }
}
