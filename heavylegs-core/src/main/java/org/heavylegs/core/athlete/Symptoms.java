package org.heavylegs.core.athlete;

/**
 * The short questionnaire of athlete.yaml. Every answer is nullable: null means "not answered",
 * which is different from "no" and must never be treated as one.
 */
public record Symptoms(
        Integer heavyLegsSinceDays,
        Boolean heavinessFirstKmOnly,
        Boolean heavinessWorseStanding,
        Boolean claudication,
        LegSwelling legSwelling,
        Boolean calfPainAtRest,
        Boolean chestPain,
        Boolean dizziness,
        Boolean breathlessness,
        Boolean cramps,
        Boolean numbness,
        Boolean heavyMenstrualBleeding,
        Boolean darkUrine) {

    public static final Symptoms UNANSWERED = new Symptoms(null, null, null, null, null, null, null, null,
            null, null, null, null, null);
}
