package org.heavylegs.formats.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.history.AthleteData;
import org.heavylegs.core.history.InputProblem;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.formats.ActivityFiles;
import org.heavylegs.formats.Corpus;
import org.heavylegs.formats.archive.ZipBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN.md 2.2: zips in activities/ (Garmin and Strava exports, plain zips, nested zips) count as
 * if their files were unpacked there; what is hostile or broken in them is refused by name, the rest
 * is used. Real corpus files are put into zips built here, never copied into the project.
 */
class AthleteFolderZipTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
    static final String FENIX2_RUN = "python-fitparse/activity-small-fenix2-run.fit";
    static final String DEV_DATA_RUN = "fit-parser/test/running-with-developer-data.fit";
    static final String FENIX5_RUN = "python-fitparse/garmin-fenix-5-run.fit";
    static final String TCX = "heartandsole/tests/testdata.tcx";
    static final String PART1 = "DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip";

    @TempDir
    Path dir;

    static byte[] corpus(String relative) throws IOException {
        return Files.readAllBytes(Corpus.file(relative));
    }

    /** A corpus run whose FIT header signature is broken: refused as a corrupt header. */
    static byte[] corruptHeader() throws IOException {
        byte[] data = corpus("python-fitparse/Activity.fit");
        data[9] = 'G';
        return data;
    }

    /** A Garmin-like export: two nested parts (three runs, one broken file), a TCX, wellness JSON we do not read here. */
    static byte[] export() throws IOException {
        byte[] part1 = new ZipBuilder().add("1001.fit", corpus(FENIX2_RUN)).add("1002.fit", corpus(DEV_DATA_RUN))
                .add("1003.fit", corruptHeader()).build();
        byte[] part2 = new ZipBuilder().add("1004.fit.gz", ZipBuilder.gzip(corpus(FENIX5_RUN))).build();
        return new ZipBuilder()
                .add("DI_CONNECT/DI-Connect-User/user_profile.json", "{}")
                .add(PART1, part1)
                .add("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part2.zip", part2)
                .add("DI_CONNECT/DI-Connect-Wellness/1234_sleepData.json", "[]")
                .add("tcx/run.tcx", corpus(TCX))
                .build();
    }

    private void write(Path p, byte[] bytes) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    @Test
    void anExportZipCountsEveryActivityAsIfUnpackedAndALooseCopyOnce() throws IOException {
        Path zipped = dir.resolve("zipped");
        write(zipped.resolve("activities/export.zip"), export());
        write(zipped.resolve("activities/loose/fenix2.fit"), corpus(FENIX2_RUN));
        Path unpacked = dir.resolve("unpacked");
        write(unpacked.resolve("activities/a/1001.fit"), corpus(FENIX2_RUN));
        write(unpacked.resolve("activities/a/1002.fit"), corpus(DEV_DATA_RUN));
        write(unpacked.resolve("activities/a/1003.fit"), corruptHeader());
        write(unpacked.resolve("activities/b/1004.fit.gz"), ZipBuilder.gzip(corpus(FENIX5_RUN)));
        write(unpacked.resolve("activities/c/run.tcx"), corpus(TCX));

        AthleteData fromZip = AthleteFolder.load(zipped, CLOCK);
        AthleteData fromFiles = AthleteFolder.load(unpacked, CLOCK);

        assertThat(fromZip.activities()).hasSize(4);
        assertThat(fromZip.activities().stream().map(AthleteFolderZipTest::facts).sorted())
                .as("the same activities as the files unpacked").containsExactlyElementsOf(
                        fromFiles.activities().stream().map(AthleteFolderZipTest::facts).sorted().toList());
        Path zip = zipped.resolve("activities/export.zip");
        assertThat(fromZip.activities()).extracting(RunSummary::source).containsExactlyInAnyOrder(
                zip + "!/" + PART1 + "!/1001.fit",
                zip + "!/" + PART1 + "!/1002.fit",
                zip + "!/DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part2.zip!/1004.fit.gz",
                zip + "!/tcx/run.tcx");
        assertThat(fromZip.problems()).extracting(InputProblem::toString).containsExactly(
                zip + "!/" + PART1 + "!/1003.fit: "
                        + fromFiles.problems().get(0).reason(),
                zipped.resolve("activities/loose/fenix2.fit") + ": same running activity (same start 2015-08-15T14:45:08Z) as "
                        + zip + "!/" + PART1 + "!/1001.fit; counted once");
        assertThat(fromZip.problems().get(0).refused()).isTrue();
        assertThat(fromFiles.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("header"));
    }

    @Test
    void hostileAndBrokenZipsAreRefusedByNameAndTheValidRestIsUsed() throws IOException {
        byte[] hostile = new ZipBuilder()
                .add("../../evil.fit", corpus(FENIX5_RUN))
                .add("good.fit", corpus(FENIX2_RUN))
                .zeros("bomb.fit", 50L << 20)
                .add("after-the-bomb.fit", corpus(DEV_DATA_RUN))
                .build();
        write(dir.resolve("activities/hostile.zip"), hostile);
        // cut in the middle of its second member, which is far bigger than the first
        byte[] whole = new ZipBuilder().add("a.fit", corpus("heartandsole/tests/testdata.fit")).add("b.fit", corpus(DEV_DATA_RUN)).build();
        write(dir.resolve("activities/cut.zip"), Arrays.copyOf(whole, whole.length / 2));
        byte[] brokenInner = Arrays.copyOf(new ZipBuilder().add("x.fit", corpus(FENIX5_RUN)).build(), 60);
        write(dir.resolve("activities/nested.zip"), new ZipBuilder().add("inner.zip", brokenInner)
                .add("ok.fit", corpus(FENIX5_RUN)).build());
        write(dir.resolve("activities/text.zip"), "not a zip at all".getBytes());
        write(dir.resolve("activities/empty.zip"), new ZipBuilder().build());

        AthleteData data = AthleteFolder.load(dir, CLOCK);

        Path a = dir.resolve("activities");
        assertThat(data.activities()).extracting(RunSummary::source).containsExactlyInAnyOrder(
                a.resolve("cut.zip") + "!/a.fit", a.resolve("hostile.zip") + "!/good.fit", a.resolve("nested.zip") + "!/ok.fit");
        List<String> refused = data.problems().stream().filter(InputProblem::refused).map(InputProblem::toString).toList();
        assertThat(refused).anySatisfy(s -> assertThat(s).startsWith(a.resolve("hostile.zip") + "!/../../evil.fit: entry name")
                .contains("zip-slip"));
        assertThat(refused).anySatisfy(s -> assertThat(s).startsWith(a.resolve("hostile.zip") + "!/bomb.fit: ")
                .contains("zip bomb"));
        assertThat(refused).anySatisfy(s -> assertThat(s).startsWith(a.resolve("cut.zip").toString()));
        assertThat(refused).anySatisfy(s -> assertThat(s).startsWith(a.resolve("nested.zip") + "!/inner.zip"));
        assertThat(refused).contains(a.resolve("text.zip") + ": not a zip archive (it does not start with a zip signature); not read");
        assertThat(refused).hasSize(5);
        assertThat(data.problems()).filteredOn(p -> !p.refused()).extracting(InputProblem::toString)
                .containsExactly(a.resolve("empty.zip") + ": holds no activity file (.fit, .tcx, .gpx, also .gz) and no Garmin wellness file; ignored");
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(p -> p.getFileName().toString().contains("evil"))).as("nothing extracted").isEmpty();
        }
    }

    @Test
    void aZipMadeOnAMacIsReadWithoutItsMetadataFiles() throws IOException {
        // macOS's "Compress" adds an AppleDouble twin "__MACOSX/._name" for each file
        byte[] appleDouble = {0, 5, 22, 7, 0, 2, 0, 0, 'M', 'a', 'c', ' ', 'O', 'S', ' ', 'X'};
        write(dir.resolve("activities/runs.zip"), new ZipBuilder().add("runs/a.fit", corpus(FENIX5_RUN))
                .add("__MACOSX/runs/._a.fit", appleDouble).add("runs/.b.fit", appleDouble).build());
        AthleteData data = AthleteFolder.load(dir, CLOCK);
        assertThat(data.activities()).extracting(RunSummary::source)
                .containsExactly(dir.resolve("activities/runs.zip") + "!/runs/a.fit");
        assertThat(data.problems()).isEmpty();
    }

    @Test
    void aMemberIsReadAgainFromItsZipForItsSamples() throws Exception {
        write(dir.resolve("activities/export.zip"), export());
        AthleteData data = AthleteFolder.load(dir, CLOCK);
        for (RunSummary run : data.activities()) {
            byte[] bytes = FolderZips.member(run.source()).orElseThrow();
            List<Activity> again = ActivityFiles.read(run.source(), bytes);
            assertThat(again).anySatisfy(act -> {
                assertThat(act.start()).isEqualTo(run.start());
                assertThat(act.sport()).isEqualTo(run.sport());
            });
        }
        String nested = dir.resolve("activities/export.zip") + "!/" + PART1 + "!/1002.fit";
        assertThat(FolderZips.member(nested)).hasValueSatisfying(b -> assertThat(b).isEqualTo(corpusUnchecked(DEV_DATA_RUN)));
        assertThat(FolderZips.member(dir.resolve("activities/export.zip") + "!/missing.fit")).isEmpty();
        assertThat(FolderZips.member(dir.resolve("activities/export.zip").toString())).isEmpty();
    }

    private static byte[] corpusUnchecked(String relative) {
        try {
            return corpus(relative);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What a summary says about the activity, without where it came from. */
    static String facts(RunSummary r) {
        return String.join(" | ", r.sport(), r.subSport(), String.valueOf(r.start()), String.valueOf(r.date()),
                Double.toString(r.elapsedS()), Double.toString(r.timerS()), Double.toString(r.distanceM()),
                Double.toString(r.avgHr()), Double.toString(r.maxHr()), Double.toString(r.avgCadenceSpm()),
                r.heartRate() == null ? "-" : r.heartRate().lowestBpm() + ":" + Arrays.toString(r.heartRate().secondsPerBpm()));
    }
}
