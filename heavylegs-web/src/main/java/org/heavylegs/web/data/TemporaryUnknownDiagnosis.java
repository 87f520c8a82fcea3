package org.heavylegs.web.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.Symptoms;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.history.AthleteData;
import org.heavylegs.core.history.InputProblem;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.store.StoredActivity;

/**
 * TEMPORARY stand-in for the diagnosis until core's assessors are wired into the dashboard (see
 * {@link DiagnosisSource}): every cause is {@code unknown} with score 0, no red flag, no plan. It
 * only says which of the data each cause is judged on is not in the store yet (as of the date), so
 * the overview changes as data arrives. It weighs nothing and must not be mistaken for a diagnosis.
 */
public final class TemporaryUnknownDiagnosis implements DiagnosisSource {

    /** Says so in every result's assumptions. */
    public static final String NOTICE = "TEMPORARY: the diagnosis is not wired into the dashboard yet; every cause "
            + "shows as unknown and only the missing data is listed";
    public static final int WINDOW_DAYS = 28;

    /** The nine causes of DESIGN.md 2.3, in the article's order. */
    public static final List<String> CAUSES = List.of("dehydration", "glycogen_depletion", "electrolyte_imbalance",
            "overtraining", "poor_circulation", "inadequate_warmup", "muscle_fatigue", "anemia", "biomechanics");

    @Override
    public Diagnosis diagnose(AthleteSnapshot athlete, LocalDate asOf) {
        Data d = new Data(athlete.data(), asOf);
        List<Assessment> causes = new ArrayList<>();
        for (String cause : CAUSES) {
            causes.add(new Assessment(cause, Likelihood.UNKNOWN, 0, List.of(), missing(cause, d), List.of()));
        }
        StoredActivity focus = athlete.latestRun(asOf).orElse(null);
        List<String> assumptions = new ArrayList<>();
        assumptions.add(NOTICE);
        if (athlete.data().zoneAssumed()) {
            assumptions.add("timezone not given: dates are read in " + athlete.data().zone()
                    + "; give it in the questionnaire");
        }
        List<String> problems = athlete.data().problems().stream().filter(InputProblem::refused)
                .map(InputProblem::toString).toList();
        String name = athlete.data().athlete().name();
        return new Diagnosis(name, asOf, WINDOW_DAYS, focus == null ? null : focus.activity().source(),
                focus == null ? null : focus.activity().start(), assumptions, causes, List.of(), List.of(), problems);
    }

    private static List<String> missing(String cause, Data d) {
        List<String> out = new ArrayList<>();
        switch (cause) {
            case "dehydration" -> {
                need(out, d.log(e -> e.preMassKg() != null && e.postMassKg() != null),
                        "body mass before and after a run (run log: pre_mass_kg, post_mass_kg)");
                need(out, d.log(e -> e.fluidMl() != null), "fluid drunk during runs (run log: fluid_ml)");
            }
            case "glycogen_depletion" -> {
                need(out, d.runs(r -> r.timerS() >= 3600), "a run of an hour or more");
                need(out, d.log(e -> e.carbsG() != null), "carbohydrate taken during runs (run log: carbs_g)");
            }
            case "electrolyte_imbalance" -> {
                need(out, d.log(e -> e.sodiumMg() != null), "sodium taken during runs (run log: sodium_mg)");
                need(out, d.lab(LabTest.SODIUM) || d.lab(LabTest.POTASSIUM) || d.lab(LabTest.MAGNESIUM),
                        "a blood sodium, potassium or magnesium value (labs)");
            }
            case "overtraining" -> {
                need(out, d.runs(r -> Double.isFinite(r.avgHr())), "runs recorded with heart rate");
                need(out, d.wellness(w -> w.hrvRmssdMs() != null || w.restingHr() != null),
                        "morning HRV or resting heart rate (wellness: hrv_rmssd_ms, resting_hr)");
            }
            case "poor_circulation" -> need(out, d.answered,
                    "the questionnaire: claudication, leg swelling, heaviness when standing");
            case "inadequate_warmup" -> {
                need(out, d.runs(r -> Double.isFinite(r.avgHr())), "runs recorded with heart rate");
                need(out, d.log(e -> e.warmupMin() != null) || d.data.athlete().warmupMinTypical() != null,
                        "warm-up minutes (run log: warmup_min, or the questionnaire)");
            }
            case "muscle_fatigue" -> {
                need(out, d.runs(r -> true), "runs");
                need(out, d.wellness(w -> w.soreness() != null || w.fatigue() != null),
                        "soreness or fatigue (wellness: 0-10)");
            }
            case "anemia" -> need(out, d.lab(LabTest.HEMOGLOBIN) || d.lab(LabTest.FERRITIN),
                    "hemoglobin or ferritin (labs)");
            case "biomechanics" -> {
                need(out, d.runs(r -> Double.isFinite(r.avgCadenceSpm())), "runs recorded with cadence");
                need(out, d.data.athlete().shoeKm() != null, "shoe mileage (questionnaire: shoe_km)");
            }
            default -> throw new IllegalArgumentException(cause);
        }
        return out;
    }

    private static void need(List<String> out, boolean present, String what) {
        if (!present) {
            out.add("needs " + what + "; none in the store yet");
        }
    }

    /** The data up to as-of, with the questions asked above. */
    private static final class Data {
        final AthleteData data;
        final LocalDate asOf;
        final boolean answered;

        Data(AthleteData data, LocalDate asOf) {
            this.data = data;
            this.asOf = asOf;
            this.answered = !data.athlete().symptoms().equals(Symptoms.UNANSWERED);
        }

        boolean runs(Predicate<RunSummary> p) {
            return data.activities().stream().anyMatch(r -> r.isRun() && !r.date().isAfter(asOf) && p.test(r));
        }

        boolean wellness(Predicate<WellnessDay> p) {
            return data.wellness().stream().anyMatch(w -> !w.date().isAfter(asOf) && p.test(w));
        }

        boolean log(Predicate<RunLogEntry> p) {
            return data.runLog().stream().anyMatch(e -> !e.date().isAfter(asOf) && p.test(e));
        }

        boolean lab(LabTest test) {
            return data.labs().stream().anyMatch(l -> l.test() == test && !l.date().isAfter(asOf));
        }
    }
}
