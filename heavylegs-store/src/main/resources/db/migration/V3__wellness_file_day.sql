-- The wellness days each wellness file gave (a Garmin export's sleepData, healthStatusData, UDSFile
-- or userBioMetrics JSON), by the file's content hash, with the values it dropped (warnings), so
-- that the folder cache rebuilds the wellness of exactly the zips present in DIR/activities/ now
-- without parsing a file again; wellness_day keeps the merged days per origin for the store's user.
CREATE TABLE wellness_file_day (
    file_sha256   VARCHAR(64) NOT NULL REFERENCES source_file (sha256) ON DELETE CASCADE,
    day           VARCHAR(10) NOT NULL,
    resting_hr    DOUBLE PRECISION,
    hrv_rmssd_ms  DOUBLE PRECISION,
    sleep_h       DOUBLE PRECISION,
    body_mass_kg  DOUBLE PRECISION,
    PRIMARY KEY (file_sha256, day)
);

CREATE TABLE wellness_file_warning (
    file_sha256   VARCHAR(64) NOT NULL REFERENCES source_file (sha256) ON DELETE CASCADE,
    position      INTEGER     NOT NULL,
    message       TEXT        NOT NULL,
    PRIMARY KEY (file_sha256, position)
);

-- Wellness files stored before these tables existed have no rows in them: forget those files, so
-- that the next import or folder sync reads them once more (their days merge into wellness_day
-- again unchanged) and fills the tables.
DELETE FROM source_file WHERE kind IN ('GARMIN_SLEEP', 'GARMIN_HEALTH_STATUS', 'GARMIN_DAILY_SUMMARY', 'GARMIN_BIOMETRICS');
