-- The heart-rate distribution of each activity (seconds per whole bpm, from lowest_bpm up), so that
-- loads (hr_tss, TRIMP) can be computed with the athlete's current HRmax/HRrest without the samples.
-- seconds: little-endian float32 per bpm.
CREATE TABLE activity_heart_rate (
    activity_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES activity (id) ON DELETE CASCADE,
    lowest_bpm   INTEGER NOT NULL,
    seconds      ${blob} NOT NULL
);
