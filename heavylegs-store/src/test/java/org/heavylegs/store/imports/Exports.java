package org.heavylegs.store.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.heavylegs.formats.Corpus;
import org.heavylegs.formats.archive.ZipBuilder;
import org.heavylegs.formats.export.ExportFixtures;

/**
 * Builds small Garmin and Strava export archives in their real layouts (../shared/EXPORTS.md 1a,
 * 1b) around real FIT, TCX and GPX files of the corpus, which are read from the corpus, never copied.
 * The session facts in the constants were read with the Garmin FIT SDK (test-scope oracle) and the
 * files' own XML.
 */
public final class Exports {
    private Exports() {
    }

    /** Fenix 2 run: the SDK reads start 2015-08-15T14:45:08Z, timer 2832 s, distance 9008.22 m. */
    static final String FENIX2_RUN = "python-fitparse/activity-small-fenix2-run.fit";
    /** Running with developer fields: start 2018-06-14T14:55:22Z, 5383.19 m, avg HR 158. */
    static final String DEV_DATA_RUN = "fit-parser/test/running-with-developer-data.fit";
    /** Fenix 5 run: start 2017-06-11T14:34:09Z, 157.56 m, timer 56.887 s, avg HR 90. */
    static final String FENIX5_RUN = "python-fitparse/garmin-fenix-5-run.fit";
    /**
     * A corpus run whose FIT header signature is broken (".FIT" becomes ".FGT"): refused as a corrupt
     * header. (The corpus's own activity-settings-corruptheader.fit is readable: only its second,
     * chained file has a broken header, so its first file's records are kept.)
     */
    static byte[] corruptHeader() {
        byte[] data = corpus("python-fitparse/Activity.fit").clone();
        data[9] = 'G';
        return data;
    }
    /** One run recorded three ways, start 2021-04-16T13:37:53Z: FIT (158.71 m, avg HR 83), GPX, TCX. */
    static final String TESTDATA_FIT = "heartandsole/tests/testdata.fit";
    static final String TESTDATA_GPX = "heartandsole/tests/testdata.gpx";
    static final String TESTDATA_TCX = "heartandsole/tests/testdata.tcx";

    public static byte[] corpus(String relative) {
        try {
            return Files.readAllBytes(Corpus.file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] plain) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(plain));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Of(String corpusFile) {
        return sha256(corpus(corpusFile));
    }

    /**
     * A Garmin "Export Your Data" zip: two nested UploadedFiles parts (four distinct FIT files, one
     * of them twice), the four wellness JSON files and files we do not read.
     */
    public static byte[] garmin() {
        byte[] part1 = new ZipBuilder()
                .add("hl_user_1001.fit", corpus(FENIX2_RUN))
                .add("hl_user_1002.fit", corpus(DEV_DATA_RUN))
                .add("hl_user_1003.fit", corruptHeader())
                .build();
        byte[] part2 = new ZipBuilder()
                .add("hl_user_1004.fit", corpus(FENIX5_RUN))
                .add("hl_user_1001_again.fit", corpus(FENIX2_RUN))
                .build();
        return new ZipBuilder()
                .add("DI_CONNECT/DI-Connect-User/user_profile.json", "{\"userName\":\"hl\"}")
                .add("DI_CONNECT/DI-Connect-Fitness/hl_0_summarizedActivities.json",
                        "[{\"summarizedActivitiesExport\":[{\"activityId\":1,\"beginTimestamp\":1439649908000}]}]")
                .add("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", part1)
                .add("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part2.zip", part2)
                .add("DI_CONNECT/DI-Connect-Wellness/2026-01-01_2026-04-01_1234_sleepData.json", ExportFixtures.GARMIN_SLEEP)
                .add("DI_CONNECT/DI-Connect-Wellness/1234_healthStatusData.json", ExportFixtures.GARMIN_HEALTH_STATUS)
                .add("DI_CONNECT/DI-Connect-Wellness/1234_userBioMetrics.json", ExportFixtures.GARMIN_BIOMETRICS)
                .add("DI_CONNECT/DI-Connect-Aggregator/UDSFile_2026-01-01_2026-04-01.json", ExportFixtures.GARMIN_UDS)
                .build();
    }

    /** activities.csv of {@link #strava()}: rows 201 (FIT, 27.5 C, 65 %), 202 (GPX, same run), 203 (TCX), 204 (manual, 15 C, 80 %). */
    static String stravaCsv() {
        return ExportFixtures.STRAVA_HEADER + "\n"
                + ExportFixtures.stravaRow("201", "Apr 16, 2021, 1:37:53 PM", "Boulder Running", "Run",
                "activities/201.fit.gz", 190, 158.71, 27.5, 0.65, 19.0) + "\n"
                + ExportFixtures.stravaRow("202", "Apr 16, 2021, 1:37:53 PM", "Boulder Running (GPX)", "Run",
                "activities/202.gpx", 190, 158.71, 27.5, 0.65, 19.0) + "\n"
                + ExportFixtures.stravaRow("203", "Apr 16, 2021, 1:37:53 PM", "Boulder Running (TCX)", "Run",
                "activities/203.tcx.gz", 190, 158.71, null, null, null) + "\n"
                + ExportFixtures.stravaRow("204", "Mar 2, 2026, 6:00:00 AM", "Treadmill, typed in", "Run",
                null, 1800, 5000, 15.0, 0.80, 11.0) + "\n";
    }

    /** A Strava bulk export zip: activities.csv, gzipped FIT and TCX, plain GPX, profile and media. */
    public static byte[] strava() {
        return new ZipBuilder()
                .add("profile.csv", "Athlete ID,First Name\n1,Alex\n")
                .add("activities/201.fit.gz", ZipBuilder.gzip(corpus(TESTDATA_FIT)))
                .add("activities/202.gpx", corpus(TESTDATA_GPX))
                .add("activities/203.tcx.gz", ZipBuilder.gzip(corpus(TESTDATA_TCX)))
                .add("activities.csv", stravaCsv())
                .add("media/abc.jpg", new byte[] {1, 2, 3})
                .build();
    }

    /** The same Strava export unpacked into a folder (as after "Extract all"). */
    static void stravaFolder(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("activities"));
        Files.writeString(dir.resolve("activities.csv"), stravaCsv());
        Files.write(dir.resolve("activities/201.fit.gz"), ZipBuilder.gzip(corpus(TESTDATA_FIT)));
        Files.write(dir.resolve("activities/202.gpx"), corpus(TESTDATA_GPX));
        Files.write(dir.resolve("activities/203.tcx.gz"), ZipBuilder.gzip(corpus(TESTDATA_TCX)));
        Files.writeString(dir.resolve("profile.csv"), "Athlete ID\n1\n");
    }
}
