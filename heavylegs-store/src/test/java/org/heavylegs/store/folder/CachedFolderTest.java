package org.heavylegs.store.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.history.AthleteData;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.formats.ActivityFiles;
import org.heavylegs.formats.Corpus;
import org.heavylegs.formats.folder.AthleteFolder;
import org.heavylegs.store.imports.ImportListener;
import org.heavylegs.store.imports.Importer;
import org.heavylegs.store.DatabaseTestBase;
import org.junit.jupiter.api.Test;

/**
 * The folder read through its store gives what {@link AthleteFolder} gives reading every file, and
 * an unchanged folder is read again without decoding any activity file.
 */
class CachedFolderTest extends DatabaseTestBase {

    /** After every corpus activity here (2026 is when the corpus was gathered; the latest file is older). */
    static final Clock LATER = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    /** Before some of the corpus activities, so those are refused as future-dated. */
    static final Clock EARLIER = Clock.fixed(Instant.parse("2019-01-01T00:00:00Z"), ZoneOffset.UTC);


    private final java.util.concurrent.atomic.AtomicInteger decodes = new java.util.concurrent.atomic.AtomicInteger();

    private CachedFolder openFolder() {
        Importer.Decoder counting = (name, bytes) -> {
            decodes.incrementAndGet();
            return Importer.FORMATS.decode(name, bytes);
        };
        // one worker, so that even the two copies of one run are decoded once (see CachedFolder#parallel)
        return cachedFolder(dir).using(counting, ImportListener.NONE).parallel(1);
    }

    private void copy(String corpusFile, String as) throws IOException {
        Path to = dir.resolve("activities").resolve(as);
        Files.createDirectories(to.getParent());
        Files.copy(Corpus.file(corpusFile), to);
    }

    /** Real files of several kinds: runs, a ride, multisport, TCX and GPX, refused ones, a duplicate, a stray. */
    private void folder() throws IOException {
        copy("python-fitparse/garmin-edge-500-activity.fit", "2013/edge500.fit");
        copy("FitFileParser/Tests/FitFileParserSwiftTests/samples/running.fit", "running.fit");
        copy("muktihari-fit/testdata/from_official_sdk/activity_multisport.fit", "multi/multisport.fit");
        copy("python-fitparse/activity-large-fenxi2-multisport.fit", "multi/fenxi2.fit");
        copy("heartandsole/tests/testdata.tcx", "xml/testdata.tcx");
        copy("heartandsole/tests/testdata.gpx", "xml/testdata.gpx");
        copy("python-fitparse/Settings.fit", "settings.fit");                       // refused: not an activity
        copy("fit-parser/examples/failed.fit", "failed.fit");                        // a cut-off run, read with a warning
        copy("FitFileParser/Tests/FitFileParserSwiftTests/samples/running.fit", "copy/running-again.fit"); // same run twice
        Files.writeString(dir.resolve("activities/notes.txt"), "not an activity");
        Files.writeString(dir.resolve("activities/export.zip"), "not a zip archive");
        Files.writeString(dir.resolve("athlete.yaml"), "name: Test\ntimezone: Europe/Zurich\nhr_max: 190\n");
        Files.writeString(dir.resolve("wellness.csv"), "date,resting_hr,hrv_rmssd_ms\n2018-06-01,50,60\n");
    }

    @Test
    void loadsWhatTheFolderLoaderLoadsAndAnUnchangedFolderDecodesNothing() throws IOException {
        folder();
        for (Clock clock : List.of(LATER, EARLIER)) {
            AthleteData direct = AthleteFolder.load(dir, clock, ActivityFiles::read);
            AthleteData cached;
            try (CachedFolder folder = openFolder()) {
                cached = folder.load(clock);
            }
            assertThat(describe(cached)).isEqualTo(describe(direct));
            assertThat(cached.problems()).hasToString(direct.problems().toString());
            assertThat(cached.wellness()).isEqualTo(direct.wellness());
            assertThat(cached.athlete()).isEqualTo(direct.athlete());
            assertThat(cached.zone()).isEqualTo(direct.zone());
        }
        assertThat(AthleteFolder.load(dir, LATER, ActivityFiles::read).problems().stream().filter(p -> p.refused())
                .map(p -> Path.of(p.file()).getFileName().toString())).as("a settings file and a zip")
                .containsExactlyInAnyOrder("settings.fit", "export.zip");
        assertThat(describe(AthleteFolder.load(dir, EARLIER, ActivityFiles::read))).as("some runs are future-dated then")
                .isNotEqualTo(describe(AthleteFolder.load(dir, LATER, ActivityFiles::read)));
        // every activity file was decoded once, by the first load (the copy by content: once)
        assertThat(decodes.get()).isEqualTo(8);
        assertThat(AthleteFolder.load(dir, LATER, ActivityFiles::read).problems()).anySatisfy(p ->
                assertThat(p.toString()).contains("running-again.fit").contains("counted once"));

        Files.setLastModifiedTime(dir.resolve("activities/running.fit"), FileTime.from(Instant.parse("2029-01-01T00:00:00Z")));
        try (CachedFolder folder = openFolder()) {
            AthleteData again = folder.load(LATER);
            assertThat(describe(again)).isEqualTo(describe(AthleteFolder.load(dir, LATER, ActivityFiles::read)));
            assertThat(folder.lastSync().plainBytesDecoded()).isZero();
        }
        assertThat(decodes.get()).as("touched but not changed: hashed, not decoded").isEqualTo(8);

        Files.delete(dir.resolve("activities/multi/fenxi2.fit"));
        copy("python-fitparse/nick.fit", "nick.fit");
        try (CachedFolder folder = openFolder()) {
            assertThat(describe(folder.load(LATER))).isEqualTo(describe(AthleteFolder.load(dir, LATER, ActivityFiles::read)));
        }
        assertThat(decodes.get()).as("only the new file").isEqualTo(9);
    }

    @Test
    void theReloaderGivesTheStoredActivityOfASummary() throws Exception {
        folder();
        try (CachedFolder folder = openFolder()) {
            AthleteData data = folder.load(LATER);
            assertThat(data.activities()).hasSizeGreaterThan(5);
            for (RunSummary run : data.activities()) {
                Activity fromFile = ActivityFiles.read(Path.of(run.source())).stream()
                        .filter(a -> a.start().equals(run.start()) && a.sport().equals(run.sport())).findFirst().orElseThrow();
                Optional<Activity> stored = folder.reloader().reload(run);
                assertThat(stored).as(run.source()).isPresent();
                Activity a = stored.get();
                assertThat(a.source()).isEqualTo(run.source());
                assertThat(a.start()).isEqualTo(fromFile.start());
                assertThat(a.streams().size()).isEqualTo(fromFile.streams().size());
                assertThat(a.streams().channels()).isEqualTo(fromFile.streams().channels());
                assertThat(a.laps()).isEqualTo(fromFile.laps());
                double[] hr = fromFile.streams().get(Channel.HEART_RATE_BPM);
                if (hr != null) {
                    // whole bpm from a FIT file come back bit for bit; cleaned values within the codec's precision
                    double[] back = a.streams().get(Channel.HEART_RATE_BPM);
                    for (int i = 0; i < hr.length; i++) {
                        assertThat(Double.isNaN(back[i])).isEqualTo(Double.isNaN(hr[i]));
                        if (!Double.isNaN(hr[i])) {
                            assertThat(Math.abs(back[i] - hr[i])).isLessThanOrEqualTo(0.005);
                        }
                    }
                }
            }
            RunSummary unknown = data.activities().get(0).withLoad(1);
            assertThat(folder.reloader().reload(new RunSummary("elsewhere.fit", unknown.sport(), unknown.subSport(),
                    unknown.start(), unknown.date(), 0, 0, 0, 0, 0, 0, null, 0, null, null))).isEmpty();
        }
    }

    @Test
    void aFolderWithoutActivitiesLoadsItsLogs() throws IOException {
        Files.writeString(dir.resolve("wellness.csv"), "date,resting_hr\n2026-01-01,50\n");
        try (CachedFolder folder = openFolder()) {
            AthleteData data = folder.load(LATER);
            assertThat(data.activities()).isEmpty();
            assertThat(data.wellness()).hasSize(1);
            assertThat(data.problems()).isEmpty();
        }
        assertThat(decodes.get()).isZero();
    }

    /** Every field of every summary, the heart-rate distribution in full. */
    static String describe(AthleteData data) {
        return data.activities().stream().map(r -> String.join(" | ", r.source(), r.sport(), r.subSport(),
                        String.valueOf(r.start()), String.valueOf(r.date()), bits(r.elapsedS()), bits(r.timerS()),
                        bits(r.distanceM()), bits(r.avgHr()), bits(r.maxHr()), bits(r.avgCadenceSpm()),
                        r.heartRate().lowestBpm() + ":" + Arrays.toString(r.heartRate().secondsPerBpm()),
                        bits(r.load()), String.valueOf(r.log()), String.valueOf(r.metrics())))
                .collect(Collectors.joining("\n"));
    }

    private static String bits(double v) {
        return Double.toString(v) + "#" + Long.toHexString(Double.doubleToRawLongBits(v));
    }
}
