package org.heavylegs.formats.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.core.history.AthleteData;
import org.heavylegs.core.history.InputProblem;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.formats.archive.ZipBuilder;
import org.heavylegs.formats.export.ExportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wellness files of a Garmin export in a zip of activities/ (sleep, HRV, resting HR, weight)
 * count in the folder's wellness: under wellness.csv, which wins per day and per value; values it
 * leaves empty come from the export. The expected days are those ExportFixtures documents.
 */
class AthleteFolderExportWellnessTest {

    static final String WELLNESS = "DI_CONNECT/DI-Connect-Wellness/";
    static final String UDS = "DI_CONNECT/DI-Connect-Aggregator/UDSFile_2026-01-01_2026-04-01.json";

    @TempDir
    Path dir;

    /** A Garmin export in its real layout: one run in an UploadedFiles part and the four wellness files. */
    static byte[] export() throws IOException {
        byte[] part = new ZipBuilder().add("1001.fit", AthleteFolderZipTest.corpus(AthleteFolderZipTest.FENIX2_RUN)).build();
        return new ZipBuilder()
                .add(AthleteFolderZipTest.PART1, part)
                .add(WELLNESS + "2026-01-01_2026-04-01_1234_sleepData.json", ExportFixtures.GARMIN_SLEEP)
                .add(WELLNESS + "1234_healthStatusData.json", ExportFixtures.GARMIN_HEALTH_STATUS)
                .add(WELLNESS + "1234_userBioMetrics.json", ExportFixtures.GARMIN_BIOMETRICS)
                .add(UDS, ExportFixtures.GARMIN_UDS)
                .build();
    }

    private void write(String relative, byte[] bytes) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    private static WellnessDay day(String date, Double rhr, Double hrv, Double sleep, Double mass, Double soreness) {
        return new WellnessDay(java.time.LocalDate.parse(date), rhr, hrv, sleep, mass, soreness, null, null, null, null);
    }

    @Test
    void anExportsDaysCountAndWellnessCsvWinsPerDayAndValue() throws IOException {
        write("activities/export.zip", export());
        Files.writeString(dir.resolve("wellness.csv"), """
                date,resting_hr,hrv_rmssd_ms,sleep_h,body_mass_kg,soreness
                2026-03-01,46,,6.0,,3
                2026-03-10,,,,,2
                """);
        AthleteData data = AthleteFolder.load(dir, AthleteFolderZipTest.CLOCK);

        assertThat(data.wellness()).containsExactly(
                day("2026-03-01", 46.0, 58.0, 6.0, 70.4, 3.0), // the log's resting HR and sleep; HRV and weight from the export
                day("2026-03-02", 50.0, 61.0, 7.5, null, null),
                day("2026-03-05", null, null, null, 71.0, null),
                day("2026-03-10", null, null, null, null, 2.0));
        assertThat(data.activities()).extracting(RunSummary::source)
                .containsExactly(dir.resolve("activities/export.zip") + "!/" + AthleteFolderZipTest.PART1 + "!/1001.fit");
        // the implausible resting HR of 2026-03-04 is dropped, named by zip and member, as a warning
        assertThat(data.problems()).extracting(InputProblem::toString).containsExactly(
                dir.resolve("activities/export.zip") + "!/" + UDS + ": 2026-03-04: resting HR of 400.0 is outside 20.0-150.0; skipped");
        assertThat(data.problems()).noneMatch(InputProblem::refused);
    }

    @Test
    void withoutWellnessCsvTheExportAloneGivesTheDays() throws IOException {
        write("activities/export.zip", export());
        AthleteData data = AthleteFolder.load(dir, AthleteFolderZipTest.CLOCK);
        assertThat(data.wellness()).extracting(WellnessDay::date).extracting(Object::toString)
                .containsExactly("2026-03-01", "2026-03-02", "2026-03-05");
        assertThat(data.wellness().get(0)).isEqualTo(day("2026-03-01", 48.0, 58.0, 7.5, 70.4, null));
    }

    @Test
    void aBrokenWellnessFileIsRefusedByNameAndEverythingElseIsUsed() throws IOException {
        byte[] part = new ZipBuilder().add("1001.fit", AthleteFolderZipTest.corpus(AthleteFolderZipTest.FENIX2_RUN)).build();
        write("activities/a.zip", new ZipBuilder()
                .add(AthleteFolderZipTest.PART1, part)
                .add(WELLNESS + "1234_sleepData.json", "[{\n\"calendarDate\": \n")
                .add(UDS, "[{\"calendarDate\":\"2026-03-01\",\"restingHeartRate\":48},"
                        + "{\"calendarDate\":\"2026-07-01\",\"restingHeartRate\":49}]")
                .build());
        // a later export (by name) gives the same day's resting HR again: its value replaces the earlier one
        write("activities/b.zip", new ZipBuilder()
                .add(UDS, "[{\"calendarDate\":\"2026-03-01\",\"restingHeartRate\":52}]").build());
        AthleteData data = AthleteFolder.load(dir, AthleteFolderZipTest.CLOCK);

        assertThat(data.activities()).hasSize(1);
        assertThat(data.wellness()).containsExactly(day("2026-03-01", 52.0, null, null, null, null));
        List<String> problems = data.problems().stream().map(InputProblem::toString).toList();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith(dir.resolve("activities/a.zip") + "!/" + UDS
                + ": 2026-07-01 is in the future (today is 2026-06-01); day skipped");
        assertThat(problems.get(1)).startsWith(dir.resolve("activities/a.zip") + "!/" + WELLNESS + "1234_sleepData.json: not valid JSON");
        assertThat(data.problems().get(1).refused()).isTrue();
        assertThat(data.problems().get(0).refused()).isFalse();
    }

    /** The export of {@link #export} unpacked into activities/garmin/, with two files HeavyLegs does not read. */
    private void unpackedExport() throws IOException {
        byte[] part = new ZipBuilder().add("1001.fit", AthleteFolderZipTest.corpus(AthleteFolderZipTest.FENIX2_RUN)).build();
        write("activities/garmin/" + AthleteFolderZipTest.PART1, part);
        write("activities/garmin/" + WELLNESS + "2026-01-01_2026-04-01_1234_sleepData.json", ExportFixtures.GARMIN_SLEEP.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        write("activities/garmin/" + WELLNESS + "1234_healthStatusData.json", ExportFixtures.GARMIN_HEALTH_STATUS.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        write("activities/garmin/" + WELLNESS + "1234_userBioMetrics.json", ExportFixtures.GARMIN_BIOMETRICS.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        write("activities/garmin/" + UDS, ExportFixtures.GARMIN_UDS.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        write("activities/garmin/DI_CONNECT/DI-Connect-Fitness/1234_0_summarizedActivities.json", "[]".getBytes());
        write("activities/garmin/DI_CONNECT/DI-Connect-User/user_profile.json", "{}".getBytes());
    }

    @Test
    void anUnpackedExportGivesTheSameDaysAsItsZip() throws IOException {
        String log = """
                date,resting_hr,hrv_rmssd_ms,sleep_h,body_mass_kg,soreness
                2026-03-01,46,,6.0,,3
                """;
        Files.writeString(dir.resolve("wellness.csv"), log);
        write("activities/export.zip", export());
        List<WellnessDay> zipped = AthleteFolder.load(dir, AthleteFolderZipTest.CLOCK).wellness();
        Files.delete(dir.resolve("activities/export.zip"));
        unpackedExport();

        AthleteData data = AthleteFolder.load(dir, AthleteFolderZipTest.CLOCK);

        assertThat(data.wellness()).isEqualTo(zipped).hasSize(3);
        assertThat(data.wellness().get(0)).isEqualTo(day("2026-03-01", 46.0, 58.0, 6.0, 70.4, 3.0));
        assertThat(data.activities()).extracting(RunSummary::source)
                .containsExactly(dir.resolve("activities/garmin/" + AthleteFolderZipTest.PART1) + "!/1001.fit");
        // the export's other files are skipped silently, as inside its zip; the dropped value is named by its file
        assertThat(data.problems()).extracting(InputProblem::toString).containsExactly(
                dir.resolve("activities/garmin/" + UDS) + ": 2026-03-04: resting HR of 400.0 is outside 20.0-150.0; skipped");
    }

    @Test
    void aLooseBrokenWellnessFileIsRefusedByNameAndOtherLooseFilesAreStillNamed() throws IOException {
        write("activities/" + WELLNESS + "1234_sleepData.json", "[{\n\"calendarDate\": \n".getBytes());
        write("activities/notes.txt", "x".getBytes());
        AthleteData data = AthleteFolder.load(dir, AthleteFolderZipTest.CLOCK);

        assertThat(data.wellness()).isEmpty();
        assertThat(data.problems()).hasSize(2);
        assertThat(data.problems().get(0).toString())
                .startsWith(dir.resolve("activities/" + WELLNESS + "1234_sleepData.json") + ": not valid JSON");
        assertThat(data.problems().get(0).refused()).isTrue();
        assertThat(data.problems().get(1).toString()).isEqualTo(dir.resolve("activities/notes.txt")
                + ": not an activity file (.fit, .tcx, .gpx, also .gz, .zip); ignored");
    }
}
