package org.heavylegs.core.diagnosis;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heavylegs.core.analysis.HrssLoad;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.LegSwelling;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.core.athlete.Symptoms;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.core.history.AthleteData;
import org.heavylegs.core.history.History;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.core.history.TestRuns;
import org.heavylegs.core.metric.TestMetricResults;
import org.heavylegs.core.trend.Trends;

/**
 * Builds a {@link DiagnosisInput} by hand for assessor tests: a profile, runs (summaries with per-run
 * metrics), wellness days, a run log and labs go through the real History and Trends; the focus run
 * is the last run and its metrics are given directly (no streams).
 */
public final class TestInput {
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    public String name = "Test";
    public Sex sex = Sex.MALE;
    public Integer birthYear = 1990;
    public double massKg = 70;
    public Set<String> conditions = Set.of();
    public Set<String> medications = Set.of();
    public Set<String> diet = Set.of();
    public Double warmupMinTypical;
    public Double shoeKm;
    public Integer heavyLegsSinceDays;
    public Boolean firstKmOnly;
    public Boolean worseStanding;
    public Boolean claudication;
    public LegSwelling legSwelling;
    public Boolean calfPainAtRest;
    public Boolean chestPain;
    public Boolean dizziness;
    public Boolean breathlessness;
    public Boolean cramps;
    public Boolean numbness;
    public Boolean heavyBleeding;
    public Boolean darkUrine;

    public final List<RunSummary> runs = new ArrayList<>();
    public final List<WellnessDay> wellness = new ArrayList<>();
    public final List<RunLogEntry> log = new ArrayList<>();
    public final List<LabValue> labs = new ArrayList<>();
    public final Map<String, Object> focus = new LinkedHashMap<>();
    public int windowDays = 28;

    /** Every symptom answered "no" and leg swelling "none". */
    public TestInput allNo() {
        firstKmOnly = false;
        worseStanding = false;
        claudication = false;
        legSwelling = LegSwelling.NONE;
        calfPainAtRest = false;
        chestPain = false;
        dizziness = false;
        breathlessness = false;
        cramps = false;
        numbness = false;
        darkUrine = false;
        return this;
    }

    /** A run of {@code minutes} at {@code hr} on the day {@code daysBack} before as-of, with per-run metrics. */
    public TestInput run(int daysBack, double minutes, double hr, Map<String, Double> metrics) {
        return run(daysBack, minutes, minutes / 5.5, hr, metrics);
    }

    /** As {@link #run(int, double, double, Map)} with a distance (default: 5:30 per km). */
    public TestInput run(int daysBack, double minutes, double km, double hr, Map<String, Double> metrics) {
        RunSummary r = TestRuns.run(AS_OF.minusDays(daysBack), minutes, km, hr, 170);
        runs.add(r.withMetrics(metrics));
        return this;
    }

    public TestInput run(int daysBack, double minutes, double hr) {
        return run(daysBack, minutes, hr, Map.of());
    }

    /** The focus run: on as-of, with these metric values (Double, String or Boolean). */
    public TestInput focusRun(double minutes, double hr, Map<String, ?> metrics) {
        focus.putAll(metrics);
        Map<String, Double> numbers = new LinkedHashMap<>();
        metrics.forEach((k, v) -> {
            if (v instanceof Double d) {
                numbers.put(k, d);
            }
        });
        return run(0, minutes, hr, numbers);
    }

    public TestInput logFocus(Double pre, Double post, Double fluidMl, Double carbsG, Double sodiumMg, Double warmupMin) {
        log.add(new RunLogEntry(AS_OF, AS_OF.atTime(7, 0).toInstant(ZoneOffset.UTC), pre, post, fluidMl, carbsG, sodiumMg,
                null, null, null, null, null, warmupMin, null, "runs.csv:2"));
        return this;
    }

    public TestInput day(int daysBack, Double restingHr, Double hrv, Double sleep, Double mass, Double soreness, Double fatigue,
                  Double motivation) {
        wellness.add(new WellnessDay(AS_OF.minusDays(daysBack), restingHr, hrv, sleep, mass, soreness, fatigue, null,
                motivation, null));
        return this;
    }

    public TestInput lab(int daysBack, LabTest test, double value) {
        labs.add(new LabValue(AS_OF.minusDays(daysBack), test, value, value, test.canonicalUnit(), "labs.csv:2"));
        return this;
    }

    public Athlete athlete() {
        Symptoms s = new Symptoms(heavyLegsSinceDays, firstKmOnly, worseStanding, claudication, legSwelling, calfPainAtRest,
                chestPain, dizziness, breathlessness, cramps, numbness, heavyBleeding, darkUrine);
        return new Athlete(name, sex, birthYear, 178.0, massKg, 190.0, 50.0, null, 270.0, conditions, medications, diet,
                warmupMinTypical, shoeKm, "UTC", s);
    }

    public DiagnosisInput build() {
        AthleteData data = new AthleteData(athlete(), ZoneOffset.UTC, false, runs, wellness, log, labs, List.of());
        History h = History.of(data, AS_OF, new HrssLoad());
        List<RunSummary> all = h.runs();
        RunSummary focusRun = all.isEmpty() ? null : all.get(all.size() - 1);
        return new DiagnosisInput(h, Trends.of(h), focusRun, null,
                focus.isEmpty() ? null : TestMetricResults.of(focus), windowDays);
    }

    public Assessment assess(Cause cause) {
        return cause.assess(build());
    }
}
