package org.heavylegs.formats.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.heavylegs.formats.UnreadableFileException;
import org.junit.jupiter.api.Test;

class StravaActivitiesTest {

    @Test
    void repeatedColumnNamesAreTakenByPositionAndWeatherIsConverted() throws Exception {
        String csv = ExportFixtures.STRAVA_HEADER + "\n"
                + ExportFixtures.stravaRow("111", "May 6, 2018, 5:38:31 PM", "Evening Run", "Run",
                "activities/111.fit.gz", 3000, 10_020.5, 27.5, 0.65, 19.0) + "\n"
                + ExportFixtures.stravaRow("112", "May 7, 2018, 6:00:00 AM", "Manual, no file", "Run",
                null, 1800, 5000, null, null, null) + "\n";
        StravaActivities.Result r = StravaActivities.read("activities.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.warnings()).isEmpty();
        assertThat(r.rows()).hasSize(2);
        StravaActivities.Row a = r.rows().get(0);
        assertThat(a.line()).isEqualTo(2);
        assertThat(a.activityId()).isEqualTo("111");
        assertThat(a.name()).isEqualTo("Evening Run");
        assertThat(a.start()).isEqualTo(Instant.parse("2018-05-06T17:38:31Z"));
        assertThat(a.filename()).isEqualTo("activities/111.fit.gz");
        assertThat(a.distanceM()).isEqualTo(10_020.5);     // the second Distance, in metres
        assertThat(a.elapsedS()).isEqualTo(3000.0);
        assertThat(a.movingS()).isEqualTo(2970.0);
        assertThat(a.temperatureC()).isEqualTo(27.5);
        assertThat(a.apparentTemperatureC()).isEqualTo(29.5);
        assertThat(a.dewpointC()).isEqualTo(19.0);
        assertThat(a.humidityPct()).isEqualTo(65.0);       // fraction 0.65 -> percent
        assertThat(a.weatherCondition()).isEqualTo("Partly Cloudy");
        StravaActivities.Row b = r.rows().get(1);
        assertThat(b.name()).isEqualTo("Manual, no file");
        assertThat(b.filename()).isNull();
        assertThat(b.temperatureC()).isNull();
        assertThat(b.humidityPct()).isNull();
    }

    @Test
    void anOlderShorterExportIsReadByHeader() throws Exception {
        String csv = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename\n"
                + "7,\"Jan 2, 2015, 7:00:00 AM\",Old,Run,1200,3.5,activities/7.gpx\n";
        StravaActivities.Row r = StravaActivities.read("a.csv", csv.getBytes(StandardCharsets.UTF_8)).rows().get(0);
        assertThat(r.filename()).isEqualTo("activities/7.gpx");
        assertThat(r.elapsedS()).isEqualTo(1200.0);
        assertThat(r.distanceM()).isNull();   // the only Distance is the display value (km or miles): not guessed
        assertThat(r.temperatureC()).isNull();
    }

    @Test
    void decimalCommasAndBadDatesAreHandled() throws Exception {
        assertThat(StravaActivities.parseNumber("12,5")).isEqualTo(12.5);
        assertThat(StravaActivities.parseNumber("1,234.5")).isEqualTo(1234.5);
        assertThat(StravaActivities.parseNumber("")).isNull();
        assertThat(StravaActivities.parseNumber("n/a")).isNull();
        String csv = "Activity ID,Activity Date,Filename\n1,yesterday,\n";
        StravaActivities.Result r = StravaActivities.read("a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.rows().get(0).start()).isNull();
        assertThat(r.warnings()).singleElement().asString().isEqualTo("a.csv:2: cannot read the date 'yesterday'");
    }

    @Test
    void aCsvThatIsNotStravasIsRefusedWithTheReason() {
        assertThatThrownBy(() -> StravaActivities.read("Activities.csv",
                "Activity Type,Date,Favorite,Title\nRunning,2026-01-01,false,x\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("not Strava's activities.csv");
    }
}
