-- HeavyLegs store, first schema. Portable SQL (SQLite and PostgreSQL); the only dialect-specific
-- parts are the placeholders ${id_pk} and ${blob}, filled in by org.heavylegs.store.Dialect.
-- Times are ISO-8601 text (imported_at), epoch milliseconds (start_ms, modified_ms) or ISO dates
-- (day); all physical values carry their unit in the column name.

-- Every file ever offered, identified by the SHA-256 of its plain (un-gzipped) content.
-- A refused file is kept too (refusal not null), so an unchanged folder never decodes it again
-- with the same reader version (reader); a newer reader tries it again.
CREATE TABLE source_file (
    sha256        VARCHAR(64) PRIMARY KEY,
    name          TEXT        NOT NULL,
    size_bytes    BIGINT      NOT NULL,
    kind          VARCHAR(32) NOT NULL,
    format        VARCHAR(16),
    imported_at   VARCHAR(40) NOT NULL,
    refusal_kind  VARCHAR(32),
    refusal       TEXT,
    reader        VARCHAR(64)
);

CREATE TABLE activity (
    id                   ${id_pk},
    file_sha256          VARCHAR(64) NOT NULL REFERENCES source_file (sha256) ON DELETE CASCADE,
    session_index        INTEGER     NOT NULL,
    source               TEXT        NOT NULL,
    format               VARCHAR(16) NOT NULL,
    sport                VARCHAR(64) NOT NULL,
    sub_sport            VARCHAR(64) NOT NULL,
    start_ms             BIGINT      NOT NULL,
    device_manufacturer  TEXT,
    device_product       TEXT,
    samples              INTEGER     NOT NULL,
    channels             TEXT        NOT NULL,
    elapsed_s            DOUBLE PRECISION,
    timer_s              DOUBLE PRECISION,
    distance_m           DOUBLE PRECISION,
    avg_hr               DOUBLE PRECISION,
    max_hr               DOUBLE PRECISION,
    avg_cadence_spm      DOUBLE PRECISION,
    duplicate_of         BIGINT REFERENCES activity (id) ON DELETE SET NULL,
    UNIQUE (file_sha256, session_index)
);
CREATE INDEX activity_start ON activity (start_ms);

-- The device's own session totals (DeviceSummary), one row per key.
CREATE TABLE activity_summary (
    activity_id  BIGINT      NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    name         VARCHAR(64) NOT NULL,
    value        DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (activity_id, name)
);

CREATE TABLE activity_warning (
    activity_id  BIGINT  NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    message      TEXT    NOT NULL,
    PRIMARY KEY (activity_id, seq)
);

CREATE TABLE lap (
    activity_id  BIGINT  NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    start_s      DOUBLE PRECISION,
    elapsed_s    DOUBLE PRECISION,
    timer_s      DOUBLE PRECISION,
    distance_m   DOUBLE PRECISION,
    avg_hr       DOUBLE PRECISION,
    PRIMARY KEY (activity_id, seq)
);

CREATE TABLE pause (
    activity_id  BIGINT  NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    start_s      DOUBLE PRECISION NOT NULL,
    end_s        DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (activity_id, seq)
);

-- All sample columns and the RR intervals of one activity in one compressed blob
-- (org.heavylegs.store.StreamCodec documents the encoding).
CREATE TABLE activity_samples (
    activity_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES activity (id) ON DELETE CASCADE,
    codec        INTEGER NOT NULL,
    samples      INTEGER NOT NULL,
    rr_count     INTEGER NOT NULL,
    raw_bytes    INTEGER NOT NULL,
    data         ${blob} NOT NULL
);

-- Per-run metrics computed by core, cached under the version of the code that computed them.
CREATE TABLE activity_metric (
    activity_id  BIGINT      NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    name         VARCHAR(64) NOT NULL,
    value        DOUBLE PRECISION,
    version      VARCHAR(64) NOT NULL,
    PRIMARY KEY (activity_id, name)
);

-- One day per origin ("wellness.csv", "export:garmin", ...); loading merges the origins.
CREATE TABLE wellness_day (
    day           VARCHAR(10) NOT NULL,
    origin        VARCHAR(64) NOT NULL,
    resting_hr    DOUBLE PRECISION,
    hrv_rmssd_ms  DOUBLE PRECISION,
    sleep_h       DOUBLE PRECISION,
    body_mass_kg  DOUBLE PRECISION,
    soreness      DOUBLE PRECISION,
    fatigue       DOUBLE PRECISION,
    stress        DOUBLE PRECISION,
    motivation    DOUBLE PRECISION,
    heavy_legs    DOUBLE PRECISION,
    PRIMARY KEY (day, origin)
);

-- runs.csv rows and run-log-like records from exports (Strava's weather per activity).
CREATE TABLE run_log (
    id             ${id_pk},
    origin         VARCHAR(64) NOT NULL,
    origin_ref     TEXT        NOT NULL,
    day            VARCHAR(10) NOT NULL,
    start_ms       BIGINT,
    file_sha256    VARCHAR(64),
    pre_mass_kg    DOUBLE PRECISION,
    post_mass_kg   DOUBLE PRECISION,
    fluid_ml       DOUBLE PRECISION,
    carbs_g        DOUBLE PRECISION,
    sodium_mg      DOUBLE PRECISION,
    urine_ml       DOUBLE PRECISION,
    rpe            DOUBLE PRECISION,
    heavy_legs     DOUBLE PRECISION,
    temperature_c  DOUBLE PRECISION,
    humidity_pct   DOUBLE PRECISION,
    warmup_min     DOUBLE PRECISION,
    notes          TEXT,
    source         TEXT,
    UNIQUE (origin, origin_ref)
);
CREATE INDEX run_log_file ON run_log (file_sha256);

CREATE TABLE lab_value (
    id           ${id_pk},
    origin       VARCHAR(64) NOT NULL,
    day          VARCHAR(10) NOT NULL,
    test         VARCHAR(32) NOT NULL,
    value        DOUBLE PRECISION NOT NULL,
    given_value  DOUBLE PRECISION NOT NULL,
    given_unit   VARCHAR(16) NOT NULL,
    source       TEXT
);

-- Where files were seen on disk, for the folder cache: an unchanged path, size and mtime means
-- unchanged content. kind 'file': sha256 is the file's; kind 'archive': its members are in
-- archive_member, and the row is written only after the whole archive was read.
CREATE TABLE file_location (
    path         TEXT        PRIMARY KEY,
    size_bytes   BIGINT      NOT NULL,
    modified_ms  BIGINT      NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    sha256       VARCHAR(64)
);

CREATE TABLE archive_member (
    path         TEXT        NOT NULL,
    member       TEXT        NOT NULL,
    sha256       VARCHAR(64) NOT NULL,
    PRIMARY KEY (path, member)
);
