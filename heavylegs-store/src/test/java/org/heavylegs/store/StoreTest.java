package org.heavylegs.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.WellnessDay;
import org.junit.jupiter.api.Test;

class StoreTest extends DatabaseTestBase {


    private static final Instant START = Instant.parse("2026-03-01T06:30:00Z");

    @Test
    void anActivityComesBackWithItsMetadataLapsPausesSummaryWarningsAndSamples() {
        Activity a = SyntheticActivities.run(2, START, 1200);
        try (Store store = open()) {
            store.ingest().activities(new Ingest.FileInfo("aa", "run.fit", 1000, "ACTIVITY", "fit", "test"), List.of(a), null);

            List<StoredActivity> light = store.activities().load(null, false);
            assertThat(light).hasSize(1);
            StoredActivity s = light.get(0);
            assertThat(s.fileSha256()).isEqualTo("aa");
            assertThat(s.samples()).isEqualTo(1200);
            assertThat(s.channels()).isEqualTo(a.streams().channels());
            assertThat(s.activity().streams().size()).isZero();
            assertThat(s.activity().start()).isEqualTo(START);
            assertThat(s.activity().sport()).isEqualTo("running");
            assertThat(s.activity().format()).isEqualTo(SourceFormat.FIT);
            assertThat(s.activity().device()).isEqualTo(a.device());
            assertThat(s.activity().laps()).isEqualTo(a.laps());
            assertThat(s.activity().pauses()).isEqualTo(a.pauses());
            assertThat(s.activity().warnings()).containsExactly("synthetic warning 2");
            assertThat(s.activity().summary().asMap()).isEqualTo(a.summary().asMap());
            assertThat(s.totals()).isEqualTo(Totals.of(a));
            org.heavylegs.core.history.HeartRateHistogram hr = org.heavylegs.core.history.HeartRateHistogram.of(a);
            assertThat(hr.isEmpty()).isFalse();
            assertThat(s.heartRate().lowestBpm()).isEqualTo(hr.lowestBpm());
            assertThat(s.heartRate().secondsPerBpm()).containsExactly(hr.secondsPerBpm());

            Activity full = store.activities().withSamples(s);
            assertThat(full.streams().get(Channel.HEART_RATE_BPM)).containsExactly(a.streams().get(Channel.HEART_RATE_BPM));
            assertThat(full.streams().time()).containsExactly(a.streams().time());
            assertThat(full.rrS()).containsExactly(a.rrS());
            assertThat(Totals.of(full)).isEqualTo(Totals.of(a));

            List<StoredActivity> heavy = store.activities().load(List.of("aa"), true);
            assertThat(heavy.get(0).activity().streams().get(Channel.SPEED_M_S)).containsExactly(a.streams().get(Channel.SPEED_M_S));
            assertThat(store.activities().load(List.of("other"), false)).isEmpty();
        }
    }

    @Test
    void theSameSessionFromTwoFilesIsKeptOnceAndFitIsPreferred() {
        Activity gpx = new Activity("run.gpx", SourceFormat.GPX, "running", "generic", START.plusSeconds(20),
                SyntheticActivities.run(3, START, 600).streams(), List.of(), List.of(), new double[0],
                org.heavylegs.core.activity.DeviceSummary.NONE, org.heavylegs.core.activity.Device.UNKNOWN, List.of());
        Activity fit = SyntheticActivities.run(4, START, 600);
        Activity later = SyntheticActivities.run(5, START.plusSeconds(3600), 600);
        try (Store store = open()) {
            store.ingest().activities(new Ingest.FileInfo("g", "run.gpx", 1, "ACTIVITY", "gpx", "t"), List.of(gpx), null);
            store.ingest().activities(new Ingest.FileInfo("f", "run.fit", 1, "ACTIVITY", "fit", "t"), List.of(fit), null);
            store.ingest().activities(new Ingest.FileInfo("l", "later.fit", 1, "ACTIVITY", "fit", "t"), List.of(later), null);

            List<StoredActivity> kept = store.activities().load(null, false);
            assertThat(kept).extracting(StoredActivity::fileSha256).containsExactly("f", "l");
            List<StoredActivity> all = store.activities().load(null, false, true);
            assertThat(all).hasSize(3);
            StoredActivity dup = all.stream().filter(x -> x.fileSha256().equals("g")).findFirst().orElseThrow();
            assertThat(dup.duplicateOf()).isEqualTo(kept.get(0).id());
        }
    }

    @Test
    void aFileIsStoredOnceAndARefusalIsReplacedByALaterImport() {
        try (Store store = open()) {
            Ingest.FileInfo f = new Ingest.FileInfo("bb", "x.fit", 10, "ACTIVITY", null, "v1");
            store.ingest().refusal(f, "TRUNCATED", "ends early", new Ingest.DiskLocation("/data/x.fit", 10, 5));
            assertThat(store.files().find("bb").orElseThrow().refusal()).isEqualTo("ends early");
            assertThat(store.locations().find("/data/x.fit").orElseThrow().sha256()).isEqualTo("bb");

            store.ingest().activities(new Ingest.FileInfo("bb", "x.fit", 10, "ACTIVITY", "fit", "v2"),
                    List.of(SyntheticActivities.run(6, START, 60)), null);
            assertThat(store.files().find("bb").orElseThrow().refused()).isFalse();
            assertThat(store.files().counts()).containsExactly(1, 0);
            assertThat(store.activities().count()).isEqualTo(1);
        }
    }

    @Test
    void wellnessMergesValuesOfAnOriginAndTheRunnersLogWinsOverExports() {
        LocalDate d = LocalDate.parse("2026-02-01");
        try (Store store = open()) {
            store.wellness().merge(Wellness.GARMIN_EXPORT, List.of(day(d, 50.0, null, 7.5, null)));
            store.wellness().merge(Wellness.GARMIN_EXPORT, List.of(day(d, null, 62.0, null, 70.1)));
            store.wellness().replace("wellness.csv", List.of(day(d, 48.0, null, null, null), day(d.plusDays(1), 47.0, null, null, null)));

            assertThat(store.wellness().days(Wellness.GARMIN_EXPORT)).containsExactly(day(d, 50.0, 62.0, 7.5, 70.1));
            assertThat(store.wellness().days()).containsExactly(day(d, 48.0, 62.0, 7.5, 70.1), day(d.plusDays(1), 47.0, null, null, null));
        }
    }

    @Test
    void runLogAndLabsRoundTrip() {
        RunLogEntry e = new RunLogEntry(LocalDate.parse("2026-02-02"), START, 60.0, 59.1, 500.0, 40.0, 300.0, null, 7.0,
                4.0, 24.5, 65.0, 10.0, "hot", "runs.csv:2");
        LabValue lab = new LabValue(LocalDate.parse("2026-01-15"), LabTest.FERRITIN, 18.0, 18.0, "ng/mL", "labs.csv:2");
        try (Store store = open()) {
            store.runLog().replace("runs.csv", List.of(e));
            store.labs().replace("labs.csv", List.of(lab));
            assertThat(store.runLog().entries()).extracting(RunLog.StoredEntry::entry).containsExactly(e);
            assertThat(store.labs().values()).containsExactly(lab);
            store.runLog().replace("runs.csv", List.of());
            assertThat(store.runLog().entries()).isEmpty();
        }
    }

    @Test
    void metricsAreCachedPerVersion() {
        try (Store store = open()) {
            store.ingest().activities(new Ingest.FileInfo("cc", "r.fit", 1, "ACTIVITY", "fit", "t"),
                    List.of(SyntheticActivities.run(7, START, 60)), null);
            long id = store.activities().load(null, false).get(0).id();
            store.activities().putMetrics(id, "m1", Map.of("trimp", 55.5));
            assertThat(store.activities().metrics("m1")).containsEntry(id, Map.of("trimp", 55.5));
            assertThat(store.activities().metrics("m2")).isEmpty();
        }
    }

    @Test
    void theFileIsInWalModeAndMigratedOnceWhenOpenedAgain() throws Exception {
        String db = "nested/folder/s.db";
        open(db).close();
        open(db).close();
        try (Connection c = connect(db);
             Statement s = c.createStatement()) {
            if (onSqlite()) {
                try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("wal");
                }
            }
            List<String> applied = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")) {
                while (rs.next()) {
                    applied.add(rs.getString(1));
                }
            }
            assertThat(applied).as("each migration applied once").containsExactly("1", "1.1", "2", "3");
        }
    }

    /**
     * A NUL character (a garbled or hostile file's name, warning or note) is stored, not a failure:
     * PostgreSQL cannot hold it in text, so there it comes back as U+FFFD; SQLite keeps it.
     */
    @Test
    void textWithANulCharacterIsStored() {
        String nul = "run\u0000.fit";
        String back = onSqlite() ? nul : "run\uFFFD.fit";
        Activity a = SyntheticActivities.run(8, START, 60);
        Activity withNul = new Activity(nul, a.format(), a.sport(), a.subSport(), a.start(), a.streams(), a.laps(), a.pauses(),
                a.rrS(), a.summary(), new org.heavylegs.core.activity.Device(nul, "fenix"), List.of(nul));
        RunLogEntry e = new RunLogEntry(LocalDate.parse("2026-02-02"), START, null, null, null, null, null, null, null,
                null, null, null, null, nul, "activities.csv:2");
        try (Store store = open()) {
            store.ingest().activities(new Ingest.FileInfo("dd", nul, 1, "ACTIVITY", "fit", "t"), List.of(withNul),
                    new Ingest.DiskLocation(nul, 1, 2));
            store.ingest().refusal(new Ingest.FileInfo("ee", nul, 1, "ACTIVITY", null, "t"), "BROKEN", nul, null);
            store.runLog().put(RunLog.STRAVA_EXPORT, nul, "dd", e);
            store.profiles().put(nul, nul, START);

            StoredActivity s = store.activities().load(null, false).get(0);
            assertThat(s.activity().source()).isEqualTo(back);
            assertThat(s.activity().device().manufacturer()).isEqualTo(back);
            assertThat(s.activity().warnings()).containsExactly(back);
            assertThat(store.files().find("dd").orElseThrow().name()).isEqualTo(back);
            assertThat(store.files().find("ee").orElseThrow().refusal()).isEqualTo(back);
            assertThat(store.locations().find(nul).orElseThrow().path()).isEqualTo(back);
            assertThat(store.runLog().entries()).singleElement().satisfies(x -> {
                assertThat(x.originRef()).isEqualTo(back);
                assertThat(x.entry().notes()).isEqualTo(back);
            });
            assertThat(store.profiles().find(nul).orElseThrow().yaml()).isEqualTo(back);
        }
    }

    /** Archive members come back by code point, as SQLite's binary order has them, on every database and collation. */
    @Test
    void archiveMembersComeBackInCodePointOrder() {
        Map<String, String> members = new java.util.LinkedHashMap<>();
        for (String m : List.of("a.fit", "\uD83C\uDFC3.fit", "B.fit", "\uFFEE.fit", "_c.fit", "b.fit")) {
            members.put(m, "sha of " + m);
        }
        try (Store store = open()) {
            store.locations().putArchive("/runs/export.zip", 10, 20, members);
            assertThat(store.locations().members("/runs/export.zip")).containsExactly(
                    Map.entry("B.fit", "sha of B.fit"), Map.entry("_c.fit", "sha of _c.fit"), Map.entry("a.fit", "sha of a.fit"),
                    Map.entry("b.fit", "sha of b.fit"), Map.entry("\uFFEE.fit", "sha of \uFFEE.fit"),
                    Map.entry("\uD83C\uDFC3.fit", "sha of \uD83C\uDFC3.fit"));
            assertThat(store.locations().find("/runs/export.zip").orElseThrow().kind()).isEqualTo(Locations.ARCHIVE);
        }
    }

    @Test
    void messagesNameTheFileOrTheServerWithoutItsParameters() {
        assertThat(Store.description("jdbc:sqlite:/home/a/heavylegs.db")).isEqualTo("/home/a/heavylegs.db");
        assertThat(Store.description("jdbc:postgresql://db:5432/hl?user=hl&password=secret"))
                .isEqualTo("jdbc:postgresql://db:5432/hl");
        assertThat(Store.description("jdbc:postgresql://db/hl")).isEqualTo("jdbc:postgresql://db/hl");
    }

    @Test
    void defaultLocationsFollowXdgAndTheAthleteFolder() {
        assertThat(Store.defaultLocation(Map.of("XDG_DATA_HOME", "/x/data"), "/home/a"))
                .isEqualTo(Path.of("/x/data/heavylegs/heavylegs.db"));
        assertThat(Store.defaultLocation(Map.of(), "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/heavylegs/heavylegs.db"));
        assertThat(Store.defaultLocation(Map.of("XDG_DATA_HOME", "relative"), "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/heavylegs/heavylegs.db"));
        assertThat(Store.athleteFolderLocation(Path.of("/runs/alex")))
                .isEqualTo(Path.of("/runs/alex/.heavylegs/heavylegs.db"));
    }

    private static WellnessDay day(LocalDate d, Double rhr, Double hrv, Double sleep, Double mass) {
        return new WellnessDay(d, rhr, hrv, sleep, mass, null, null, null, null, null);
    }
}
