package org.heavylegs.formats.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.formats.UnreadableFileException;
import org.junit.jupiter.api.Test;

class GarminWellnessTest {

    private static final LocalDate D1 = LocalDate.parse("2026-03-01");
    private static final LocalDate D2 = LocalDate.parse("2026-03-02");

    private static GarminWellness.Result read(ExportFile kind, String json) throws UnreadableFileException {
        return GarminWellness.read("x.json", kind, json.getBytes(StandardCharsets.UTF_8));
    }

    private static WellnessDay day(LocalDate d, Double rhr, Double hrv, Double sleep, Double mass) {
        return new WellnessDay(d, rhr, hrv, sleep, mass, null, null, null, null, null);
    }

    @Test
    void sleepHoursAreDeepPlusLightPlusRemElseTheWindowLessTimeAwake() throws Exception {
        assertThat(read(ExportFile.GARMIN_SLEEP, ExportFixtures.GARMIN_SLEEP).days())
                .containsExactly(day(D1, null, null, 7.5, null), day(D2, null, null, 7.5, null));
    }

    @Test
    void hrvComesFromTheHrvMetricAndOnboardingRowsAreSkipped() throws Exception {
        assertThat(read(ExportFile.GARMIN_HEALTH_STATUS, ExportFixtures.GARMIN_HEALTH_STATUS).days())
                .containsExactly(day(D1, null, 58.0, null, null), day(D2, null, 61.0, null, null));
    }

    @Test
    void restingHrFromTheDailySummaryAndImpossibleValuesAreDroppedWithAWarning() throws Exception {
        GarminWellness.Result r = read(ExportFile.GARMIN_DAILY_SUMMARY, ExportFixtures.GARMIN_UDS);
        assertThat(r.days()).containsExactly(day(D1, 48.0, null, null, null), day(D2, 50.0, null, null, null));
        assertThat(r.warnings()).singleElement().asString().contains("2026-03-04").contains("400");
    }

    @Test
    void weightIsInGramsReadingsOfADayAreAveragedAndZeroMeansAFailedReading() throws Exception {
        GarminWellness.Result r = read(ExportFile.GARMIN_BIOMETRICS, ExportFixtures.GARMIN_BIOMETRICS);
        assertThat(r.days()).hasSize(2);
        assertThat(r.days().get(0).date()).isEqualTo(D1);
        assertThat(r.days().get(0).bodyMassKg()).isCloseTo(70.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.days().get(1)).isEqualTo(day(LocalDate.parse("2026-03-05"), null, null, null, 71.0));
    }

    @Test
    void recordsWrappedInAnObjectAreFound() throws Exception {
        String wrapped = "{\"dailySummaries\": " + ExportFixtures.GARMIN_UDS + "}";
        assertThat(read(ExportFile.GARMIN_DAILY_SUMMARY, wrapped).days()).hasSize(2);
    }

    @Test
    void brokenJsonIsRefusedWithItsLine() {
        assertThatThrownBy(() -> read(ExportFile.GARMIN_SLEEP, "[{\n\"calendarDate\": \n"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("x.json: not valid JSON")
                .satisfies(e -> assertThat(((UnreadableFileException) e).kind()).isEqualTo(UnreadableFileException.Kind.CORRUPT_DATA));
    }

    @Test
    void namesAreClassified() {
        assertThat(ExportFile.of("DI_CONNECT/DI-Connect-Wellness/2026-01-01_2026-04-01_123_sleepData.json")).isEqualTo(ExportFile.GARMIN_SLEEP);
        assertThat(ExportFile.of("DI_CONNECT/DI-Connect-Wellness/123_healthStatusData.json")).isEqualTo(ExportFile.GARMIN_HEALTH_STATUS);
        assertThat(ExportFile.of("DI_CONNECT/DI-Connect-Aggregator/UDSFile_2026-01-01_2026-04-01.json")).isEqualTo(ExportFile.GARMIN_DAILY_SUMMARY);
        assertThat(ExportFile.of("DI_CONNECT/DI-Connect-Wellness/123_userBioMetrics.json")).isEqualTo(ExportFile.GARMIN_BIOMETRICS);
        assertThat(ExportFile.of("DI_CONNECT/DI-Connect-Fitness/u_0_summarizedActivities.json")).isEqualTo(ExportFile.OTHER);
        assertThat(ExportFile.of("activities/1.FIT.GZ")).isEqualTo(ExportFile.ACTIVITY);
        assertThat(ExportFile.of("export_1/activities.csv")).isEqualTo(ExportFile.STRAVA_ACTIVITIES);
        assertThat(ExportFile.of("profile.csv")).isEqualTo(ExportFile.OTHER);
        assertThat(ExportFile.of("runs/.hidden.fit")).as("hidden").isEqualTo(ExportFile.OTHER);
        assertThat(ExportFile.of("__MACOSX/runs/._a.fit")).as("macOS metadata").isEqualTo(ExportFile.OTHER);
        assertThat(ExportFile.of("export/__MACOSX/b.fit")).isEqualTo(ExportFile.OTHER);
        assertThat(ExportFile.of("not__MACOSX/b.fit")).isEqualTo(ExportFile.ACTIVITY);
    }
}
