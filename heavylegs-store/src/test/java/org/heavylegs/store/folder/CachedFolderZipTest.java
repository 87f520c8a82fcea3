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
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.history.AthleteData;
import org.heavylegs.core.history.InputProblem;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.formats.ActivityFiles;
import org.heavylegs.formats.archive.ZipBuilder;
import org.heavylegs.formats.folder.AthleteFolder;
import org.heavylegs.formats.folder.FolderZips;
import org.heavylegs.store.imports.Exports;
import org.heavylegs.store.imports.ImportListener;
import org.heavylegs.store.imports.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zips in activities/ (DESIGN.md 2.2) read through the folder's store give exactly what
 * {@link AthleteFolder} gives reading them itself, and an unchanged zip is not decoded again.
 */
class CachedFolderZipTest {

    static final Clock LATER = CachedFolderTest.LATER;
    static final String RUNNING = "FitFileParser/Tests/FitFileParserSwiftTests/samples/running.fit";
    static final String EDGE500 = "python-fitparse/garmin-edge-500-activity.fit";
    static final String CONNECTSTATS = "connectstats/ConnectStatsTests/samples/tcx/activity_217470507.fit";
    static final String MULTISPORT = "muktihari-fit/testdata/from_official_sdk/activity_multisport.fit";

    @TempDir
    Path dir;

    private final AtomicInteger decodes = new AtomicInteger();

    private CachedFolder open() {
        Importer.Decoder counting = (name, bytes) -> {
            decodes.incrementAndGet();
            return Importer.FORMATS.decode(name, bytes);
        };
        return CachedFolder.open(dir).using(counting, ImportListener.NONE).parallel(1);
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
        try (CachedFolder folder = open()) {
            cached = folder.load(LATER);
        }
        assertThat(CachedFolderTest.describe(cached)).isEqualTo(CachedFolderTest.describe(direct));
        assertThat(cached.problems()).hasToString(direct.problems().toString());
        assertThat(cached.wellness()).isEqualTo(direct.wellness());

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
        try (CachedFolder folder = open()) {
            AthleteData again = folder.load(LATER);
            assertThat(CachedFolderTest.describe(again)).isEqualTo(CachedFolderTest.describe(direct));
            assertThat(again.problems()).hasToString(direct.problems().toString());
            assertThat(folder.lastSync().plainBytesDecoded()).isZero();
            for (RunSummary run : again.activities()) {
                Optional<Activity> stored = folder.reloader().reload(run);
                assertThat(stored).as(run.source()).isPresent();
                assertThat(stored.get().source()).isEqualTo(run.source());
                assertThat(stored.get().start()).isEqualTo(run.start());
            }
        }
        assertThat(decodes.get()).as("an unchanged folder decodes nothing").isEqualTo(first);

        Files.setLastModifiedTime(a.resolve("garmin/export.zip"), FileTime.from(Instant.parse("2029-01-01T00:00:00Z")));
        try (CachedFolder folder = open()) {
            assertThat(CachedFolderTest.describe(folder.load(LATER))).isEqualTo(CachedFolderTest.describe(direct));
        }
        // its refused member is tried once more, as a touched refused file beside it would be
        assertThat(decodes.get()).as("a touched zip is read and hashed; only what was refused is decoded").isEqualTo(first + 1);
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
