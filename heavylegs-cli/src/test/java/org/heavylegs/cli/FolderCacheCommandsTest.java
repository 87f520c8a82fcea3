package org.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.formats.ActivityFiles;
import org.heavylegs.formats.UnreadableFileException;
import org.heavylegs.formats.archive.ZipBuilder;
import org.heavylegs.formats.folder.AthleteFolder;
import org.heavylegs.report.diagnosis.DiagnosisJson;
import org.heavylegs.sim.AthleteFolderWriter;
import org.heavylegs.sim.Scenarios;
import org.heavylegs.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 5 item 4: {@code trends DIR} and {@code diagnose DIR} keep the folder's activities in
 * DIR/.heavylegs/heavylegs.db, so a second run on an unchanged folder decodes no activity file, and
 * prints what the first printed.
 */
class FolderCacheCommandsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final AtomicInteger reads = new AtomicInteger();

    /** The commands with the formats' readers, counting every activity file decoded. */
    private CommandLine.IFactory counting() {
        AthleteFolder.ActivitySource source = new AthleteFolder.ActivitySource() {
            @Override
            public List<Activity> read(Path file) throws UnreadableFileException {
                reads.incrementAndGet();
                return ActivityFiles.read(file);
            }

            @Override
            public List<Activity> read(String member, byte[] bytes) throws UnreadableFileException {
                reads.incrementAndGet();
                return ActivityFiles.read(member, bytes);
            }
        };
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == DiagnoseCommand.class) {
                    return cls.cast(new DiagnoseCommand(source, CLOCK));
                }
                if (cls == TrendsCommand.class) {
                    return cls.cast(new TrendsCommand(source, CLOCK));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
    }

    @Test
    void aSecondRunOnAnUnchangedFolderDecodesNoActivityFile() throws Exception {
        AthleteFolderWriter.write(Scenarios.demo().generate(), dir);
        int files = TrendsCommandTest.listFiles(dir.resolve("activities")).size();
        assertThat(files).isGreaterThan(20);

        TrendsCommandTest.Run first = TrendsCommandTest.run(counting(), "diagnose", dir.toString(), "--json");
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(reads.get()).as("the first run decodes every activity file once").isEqualTo(files);
        assertThat(Store.athleteFolderLocation(dir)).exists();

        TrendsCommandTest.Run second = TrendsCommandTest.run(counting(), "diagnose", dir.toString(), "--json");
        assertThat(second.code()).as(second.err()).isEqualTo(ExitCodes.OK);
        assertThat(reads.get()).as("the second decodes none").isEqualTo(files);
        assertThat(second.out()).isEqualTo(first.out());

        TrendsCommandTest.Run trends = TrendsCommandTest.run(counting(), "trends", dir.toString(), "--json");
        TrendsCommandTest.Run trendsAgain = TrendsCommandTest.run(counting(), "trends", dir.toString(), "--json");
        assertThat(trends.code()).as(trends.err()).isEqualTo(ExitCodes.OK);
        assertThat(trendsAgain.out()).isEqualTo(trends.out());
        assertThat(reads.get()).as("trends uses the same store").isEqualTo(files);
    }

    @Test
    void theDiagnosisThroughTheStoreIsTheDiagnosisOfTheFiles() throws Exception {
        AthleteFolderWriter.write(Scenarios.demo().generate(), dir);
        String files = DiagnosisJson.render(FolderDiagnosis.run(dir, null, null, 28, CLOCK, ActivityFiles::read).diagnosis());
        TrendsCommandTest.Run cached = TrendsCommandTest.run(counting(), "diagnose", dir.toString(), "--json");
        assertThat(cached.out().strip()).isEqualTo(files.strip());
    }

    @Test
    void aFolderWhoseStoreCannotBeWrittenIsStillRead() throws Exception {
        AthleteFolderWriter.write(Scenarios.demo().generate(), dir);
        // a file where the store's folder would go: the store cannot be created
        java.nio.file.Files.writeString(dir.resolve(".heavylegs"), "in the way");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HeavyLegs.run(new String[] {"trends", dir.toString()}, new PrintWriter(out), new PrintWriter(err), counting());
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("cannot keep the folder's cache");
        assertThat(reads.get()).isEqualTo(TrendsCommandTest.listFiles(dir.resolve("activities")).size());
    }

    /**
     * The demo folder's activity files moved into a zip in activities/, half of them in a nested
     * zip (as Garmin's UploadedFiles parts are), gzipped ones kept gzipped: returns how many.
     */
    private int zipTheActivities() throws Exception {
        Path activities = dir.resolve("activities");
        List<Path> files = TrendsCommandTest.listFiles(activities);
        ZipBuilder outer = new ZipBuilder();
        ZipBuilder inner = new ZipBuilder();
        for (int i = 0; i < files.size(); i++) {
            String entry = activities.relativize(files.get(i)).toString().replace('\\', '/');
            (i % 2 == 0 ? outer : inner).add(entry, Files.readAllBytes(files.get(i)));
            Files.delete(files.get(i));
        }
        outer.add("UploadedFiles_0-_Part1.zip", inner.build());
        Files.write(activities.resolve("export.zip"), outer.build());
        return files.size();
    }

    @Test
    void aZipInActivitiesIsReadAsItsFilesAndNotDecodedTwice() throws Exception {
        AthleteFolderWriter.write(Scenarios.demo().generate(), dir);
        String unzipped = DiagnosisJson.render(FolderDiagnosis.run(dir, null, null, 28, CLOCK, ActivityFiles::read).diagnosis());
        int files = zipTheActivities();
        assertThat(TrendsCommandTest.listFiles(dir.resolve("activities"))).hasSize(1);

        TrendsCommandTest.Run first = TrendsCommandTest.run(counting(), "diagnose", dir.toString(), "--json");
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(reads.get()).as("the first run decodes every member once").isEqualTo(files);
        TrendsCommandTest.Run second = TrendsCommandTest.run(counting(), "diagnose", dir.toString(), "--json");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(reads.get()).as("the second decodes none").isEqualTo(files);

        // the same diagnosis as without a store, which reads the members' samples from the zip again
        String direct = DiagnosisJson.render(FolderDiagnosis.run(dir, null, null, 28, CLOCK, ActivityFiles::read).diagnosis());
        assertThat(first.out().strip()).isEqualTo(direct.strip());
        // and as the files unzipped, but for the name of the focus run's file
        assertThat(direct).contains("activities/export.zip!/");
        // --run names a member of the zip as outputs name it
        java.util.regex.Matcher focus = java.util.regex.Pattern.compile("\"file\"\\s*:\\s*\"(activities/export\\.zip!/[^\"]+)\"")
                .matcher(first.out());
        assertThat(focus.find()).as(first.out()).isTrue();
        String earlier = focus.group(1);
        TrendsCommandTest.Run chosen = TrendsCommandTest.run(counting(), "diagnose", dir.toString(), "--run",
                dir.resolve(earlier).toString(), "--json");
        assertThat(chosen.code()).as(chosen.err()).isEqualTo(ExitCodes.OK);
        assertThat(chosen.out()).contains("\"" + earlier + "\"");
        TrendsCommandTest.Run none = TrendsCommandTest.run(counting(), "diagnose", dir.toString(), "--run",
                dir.resolve("activities/export.zip!/no-such.fit").toString());
        assertThat(none.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(direct.replaceAll("\"[^\"]*activities/[^\"]*\"", "FILE"))
                .isEqualTo(unzipped.replaceAll("\"[^\"]*activities/[^\"]*\"", "FILE"));
    }

    /**
     * Moves the demo folder's resting HR and HRV out of wellness.csv into the wellness files of a
     * Garmin export (UDSFile and healthStatusData JSON, in the export's layout) in a zip in
     * activities/; the activity files stay where they are. Returns how many days were moved.
     */
    private int moveHeartRateAndHrvIntoAGarminExport() throws Exception {
        Path csv = dir.resolve("wellness.csv");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("date,resting_hr,hrv_rmssd_ms,");
        StringBuilder uds = new StringBuilder("[");
        StringBuilder health = new StringBuilder("[");
        List<String> kept = new java.util.ArrayList<>(List.of(lines.get(0)));
        int moved = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (!cells[1].isEmpty()) {
                uds.append(uds.length() > 1 ? "," : "").append("{\"calendarDate\":\"").append(cells[0])
                        .append("\",\"restingHeartRate\":").append(cells[1]).append('}');
            }
            if (!cells[2].isEmpty()) {
                health.append(health.length() > 1 ? "," : "").append("{\"calendarDate\":\"").append(cells[0])
                        .append("\",\"metrics\":[{\"type\":\"HRV\",\"value\":").append(cells[2]).append("}]}");
            }
            moved += cells[1].isEmpty() && cells[2].isEmpty() ? 0 : 1;
            cells[1] = "";
            cells[2] = "";
            kept.add(String.join(",", cells));
        }
        Files.write(csv, kept);
        Files.write(dir.resolve("activities/garmin_export.zip"), new ZipBuilder()
                .add("DI_CONNECT/DI-Connect-Aggregator/UDSFile_2026-01-01_2026-12-31.json", uds.append(']').toString())
                .add("DI_CONNECT/DI-Connect-Wellness/1234_healthStatusData.json", health.append(']').toString())
                .build());
        return moved;
    }

    @Test
    void aGarminExportsRestingHeartRateAndHrvCountAsIfTheyWereInWellnessCsv() throws Exception {
        AthleteFolderWriter.write(Scenarios.demo().generate(), dir);
        String original = DiagnosisJson.render(FolderDiagnosis.run(dir, null, null, 28, CLOCK, ActivityFiles::read).diagnosis());
        int files = TrendsCommandTest.listFiles(dir.resolve("activities")).size();
        assertThat(moveHeartRateAndHrvIntoAGarminExport()).isGreaterThan(28);

        TrendsCommandTest.Run first = TrendsCommandTest.run(counting(), "diagnose", dir.toString(), "--json");
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.out().strip()).isEqualTo(original.strip());
        String direct = DiagnosisJson.render(FolderDiagnosis.run(dir, null, null, 28, CLOCK, ActivityFiles::read).diagnosis());
        assertThat(direct.strip()).isEqualTo(original.strip());
        TrendsCommandTest.Run second = TrendsCommandTest.run(counting(), "diagnose", dir.toString(), "--json");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(reads.get()).as("each activity file decoded once").isEqualTo(files);
        TrendsCommandTest.Run trends = TrendsCommandTest.run(counting(), "trends", dir.toString(), "--json");
        assertThat(trends.code()).as(trends.err()).isEqualTo(ExitCodes.OK);

        // without the export the diagnosis lacks those values: the export is what gave them
        Files.delete(dir.resolve("activities/garmin_export.zip"));
        TrendsCommandTest.Run without = TrendsCommandTest.run(counting(), "diagnose", dir.toString(), "--json");
        assertThat(without.out().strip()).isNotEqualTo(original.strip());
        TrendsCommandTest.Run trendsWithout = TrendsCommandTest.run(counting(), "trends", dir.toString(), "--json");
        assertThat(trendsWithout.out()).isNotEqualTo(trends.out());
    }
}
