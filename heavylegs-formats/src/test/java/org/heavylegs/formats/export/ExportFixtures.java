package org.heavylegs.formats.export;

import java.util.List;

/**
 * Small synthetic files in the layouts of real Garmin and Strava exports (../shared/EXPORTS.md 1a,
 * 1b), written by hand for tests; the values are chosen so the expected days are easy to check.
 */
public final class ExportFixtures {
    private ExportFixtures() {
    }

    /** Two nights: 2026-03-01 = 2.0 + 4.0 + 1.5 h asleep (7.5 h), 2026-03-02 from the window only (8 h - 0.5 h awake). */
    public static final String GARMIN_SLEEP = """
            [ {
              "calendarDate" : "2026-03-01",
              "sleepStartTimestampGMT" : "2026-02-28T22:30:00.0",
              "sleepEndTimestampGMT" : "2026-03-01T06:30:00.0",
              "sleepWindowConfirmationType" : "ENHANCED_CONFIRMED_FINAL",
              "deepSleepSeconds" : 7200, "lightSleepSeconds" : 14400, "remSleepSeconds" : 5400,
              "awakeSleepSeconds" : 1800, "unmeasurableSeconds" : 0,
              "averageRespiration" : 14.0, "awakeCount" : 1, "avgSleepStress" : 12.0,
              "spo2SleepSummary" : { "averageSPO2" : 95.0, "lowestSPO2" : 89, "averageHR" : 48.0 },
              "sleepScores" : { "overallScore" : 81, "qualityScore" : 77, "durationScore" : 90 }
            }, {
              "calendarDate" : "2026-03-02",
              "sleepStartTimestampGMT" : 1772402400000,
              "sleepEndTimestampGMT" : 1772431200000,
              "awakeSleepSeconds" : 1800
            }, {
              "calendarDate" : "2026-03-03",
              "sleepWindowConfirmationType" : "UNCONFIRMED"
            } ]
            """;

    /** HRV 58 on 2026-03-01, 61 on 2026-03-02, an onboarding row without value on 2026-03-03. */
    public static final String GARMIN_HEALTH_STATUS = """
            [ {
              "calendarDate" : "2026-03-01", "createTimestampUTC" : "2026-03-01T07:00:00.0", "outliersCount" : 0,
              "metrics" : [
                { "type" : "HRV", "value" : 58.0, "baselineLowerLimit" : 52, "baselineUpperLimit" : 70, "status" : "IN_RANGE" },
                { "type" : "HR", "value" : 47.0, "status" : "IN_RANGE" },
                { "type" : "SKIN_TEMP_C", "value" : -0.3 } ]
            }, {
              "calendarDate" : "2026-03-02",
              "metrics" : [ { "type" : "HRV", "value" : 61.0 }, { "type" : "RESPIRATION", "value" : 14.2 } ]
            }, {
              "calendarDate" : "2026-03-03",
              "metrics" : [ { "type" : "HRV", "value" : null, "status" : "NONE" } ]
            } ]
            """;

    /** Resting HR 48 on 2026-03-01 and 50 on 2026-03-02 (the second from currentDayRestingHeartRate). */
    public static final String GARMIN_UDS = """
            [ {
              "userProfilePK" : 1234, "calendarDate" : "2026-03-01", "uuid" : "a",
              "totalSteps" : 12000, "minHeartRate" : 44, "maxHeartRate" : 171, "restingHeartRate" : 48,
              "allDayStress" : { "aggregatorList" : [ { "type" : "TOTAL", "averageStressLevel" : 30 } ] },
              "bodyBattery" : { "chargedValue" : 60, "drainedValue" : 55 }
            }, {
              "userProfilePK" : 1234, "calendarDate" : "2026-03-02", "currentDayRestingHeartRate" : 50
            }, {
              "userProfilePK" : 1234, "calendarDate" : "2026-03-04", "restingHeartRate" : 400
            } ]
            """;

    /** 70.4 kg on 2026-03-01 (two readings 70.2 and 70.6), a failed reading (0) on 2026-03-02. */
    public static final String GARMIN_BIOMETRICS = """
            [ {
              "metaData" : { "sequence" : 1, "calendarDate" : "2026-03-01T00:00:00.0" },
              "weight" : { "weight" : 70200.0, "bmi" : 22.1, "bodyFat" : 14.5, "sourceType" : "INDEX_SCALE",
                           "timestampGMT" : 1772348400000 }
            }, {
              "metaData" : { "sequence" : 2, "calendarDate" : "2026-03-01T00:00:00.0" },
              "weight" : { "weight" : 70600.0, "sourceType" : "MANUAL" }
            }, {
              "metaData" : { "sequence" : 3, "calendarDate" : "2026-03-02T00:00:00.0" },
              "weight" : { "weight" : 0.0, "sourceType" : "INDEX_SCALE" }
            }, {
              "weight" : { "weight" : 71000.0, "timestampGMT" : "2026-03-05T06:00:00.0" }
            } ]
            """;

    /** The 100-column English header of Strava's activities.csv, with its five repeated names. */
    public static final String STRAVA_HEADER = "Activity ID,Activity Date,Activity Name,Activity Type,"
            + "Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,"
            + "Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,"
            + "Distance,Max Speed,Average Speed,Elevation Gain,Elevation Loss,Elevation Low,Elevation High,Max Grade,"
            + "Average Grade,Average Positive Grade,Average Negative Grade,Max Cadence,Average Cadence,"
            + "Max Heart Rate,Average Heart Rate,Max Watts,Average Watts,Calories,Max Temperature,"
            + "Average Temperature,Relative Effort,Total Work,Number of Runs,Uphill Time,Downhill Time,Other Time,"
            + "Perceived Exertion,Type,Start Time,Weighted Average Power,Power Count,Prefer Perceived Exertion,"
            + "Perceived Relative Effort,Commute,Total Weight Lifted,From Upload,Grade Adjusted Distance,"
            + "Weather Observation Time,Weather Condition,Weather Temperature,Apparent Temperature,Dewpoint,"
            + "Humidity,Weather Pressure,Wind Speed,Wind Gust,Wind Bearing,Precipitation Intensity,Sunrise Time,"
            + "Sunset Time,Moon Phase,Bike,Gear,Precipitation Probability,Precipitation Type,Cloud Cover,"
            + "Weather Visibility,UV Index,Weather Ozone,Jump Count,Total Grit,Average Flow,Flagged,"
            + "Average Elapsed Speed,Dirt Distance,Newly Explored Distance,Newly Explored Dirt Distance,"
            + "Activity Count,Total Steps,Carbon Saved,Pool Length,Training Load,Intensity,"
            + "Average Grade Adjusted Pace,Timer Time,Total Cycles,Recovery,With Pet,Competition,Long Run,"
            + "For a Cause,Media";

    /** One row of activities.csv for the header above; weather values may be null (empty cells). */
    public static String stravaRow(String id, String date, String name, String type, String filename,
                                   double elapsedS, double distanceM, Double tempC, Double humidityFraction,
                                   Double dewpointC) {
        String[] cells = new String[100];
        java.util.Arrays.fill(cells, "");
        cells[0] = id;
        cells[1] = "\"" + date + "\"";
        cells[2] = "\"" + name + "\"";
        cells[3] = type;
        cells[5] = fmt(elapsedS);
        cells[6] = fmt(distanceM / 1000.0);
        cells[9] = "false";
        cells[12] = filename == null ? "" : filename;
        cells[15] = fmt(elapsedS);
        cells[16] = fmt(elapsedS - 30);
        cells[17] = fmt(distanceM);
        cells[50] = "0";
        cells[55] = tempC == null ? "" : "\"Partly Cloudy\"";
        cells[56] = tempC == null ? "" : fmt(tempC);
        cells[57] = tempC == null ? "" : fmt(tempC + 2);
        cells[58] = dewpointC == null ? "" : fmt(dewpointC);
        cells[59] = humidityFraction == null ? "" : fmt(humidityFraction);
        return String.join(",", List.of(cells));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
