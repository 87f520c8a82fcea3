package org.heavylegs.core.athlete;

import java.util.Set;

/**
 * The profile and questionnaire of athlete.yaml (DESIGN.md 2.2), as given: every value is
 * nullable (not given). Defaults for missing values are applied elsewhere and always reported
 * as assumptions, never silently stored here.
 *
 * @param thresholdPaceSPerKm threshold pace in seconds per km
 * @param conditions          e.g. diabetes, peripheral_artery_disease, varicose_veins, venous_insufficiency
 * @param medications         e.g. diuretic, statin, beta_blocker
 * @param diet                e.g. vegetarian
 * @param timezone            IANA zone id used to read date-times without offset in runs.csv (extension)
 */
public record Athlete(
        String name,
        Sex sex,
        Integer birthYear,
        Double heightCm,
        Double bodyMassKg,
        Double hrMax,
        Double hrRest,
        Double thresholdHr,
        Double thresholdPaceSPerKm,
        Set<String> conditions,
        Set<String> medications,
        Set<String> diet,
        Double warmupMinTypical,
        Double shoeKm,
        String timezone,
        Symptoms symptoms) {

    public static final Athlete UNKNOWN = new Athlete(null, null, null, null, null, null, null, null, null,
            Set.of(), Set.of(), Set.of(), null, null, null, Symptoms.UNANSWERED);

    public Athlete {
        conditions = conditions == null ? Set.of() : Set.copyOf(conditions);
        medications = medications == null ? Set.of() : Set.copyOf(medications);
        diet = diet == null ? Set.of() : Set.copyOf(diet);
        symptoms = symptoms == null ? Symptoms.UNANSWERED : symptoms;
    }
}
