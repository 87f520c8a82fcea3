-- The athlete's profile and questionnaire, kept as athlete.yaml text (DESIGN.md 2.2) per origin
-- ("dashboard" when answered in `heavylegs serve`), so it is read back through the same reader
-- (formats' AthleteYaml) with the same checks as the file. Numbered 1.1 to stay clear of V2.
CREATE TABLE athlete_profile (
    origin      VARCHAR(64) PRIMARY KEY,
    yaml        TEXT        NOT NULL,
    updated_at  VARCHAR(40) NOT NULL
);
