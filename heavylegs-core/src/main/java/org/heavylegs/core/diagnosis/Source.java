package org.heavylegs.core.diagnosis;

/**
 * Where a finding's data came from. Evidence is capped per source (SCIENCE.md section 12), so that
 * several markers read from one noisy stream cannot add up to a verdict on their own, and a cause
 * is only called likely when independent sources agree (see {@link Evidence}).
 */
public enum Source {
    /** The focus run's streams and per-run metrics. */
    FOCUS_RUN("focus run"),
    /** The per-run metrics of the other runs of the recent weeks. */
    RECENT_RUNS("recent runs"),
    /** runs.csv: masses, fluids, carbohydrate, sodium around each run. */
    RUN_LOG("runs.csv"),
    /** The training-load model over days (CTL, ATL, ACWR, monotony, volume). */
    LOAD("training load"),
    /** wellness.csv: HRV, resting heart rate, sleep, body mass, how the athlete feels. */
    WELLNESS("wellness.csv"),
    /** labs.csv. */
    LABS("labs.csv"),
    /** The symptoms answered in athlete.yaml. */
    QUESTIONNAIRE("questionnaire"),
    /** The profile of athlete.yaml: conditions, medications, diet, shoes, habits, age, sex. */
    PROFILE("profile"),
    /** Air temperature and humidity of the runs. */
    ENVIRONMENT("weather");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    /** A readable name for messages. */
    public String label() {
        return label;
    }
}
