package org.heavylegs.core.athlete;

import java.time.LocalDate;

/**
 * One row of wellness.csv (or a day from an export archive). Values are nullable (not recorded).
 * Scales are 0-10 with 0 = none and 10 = worst, except motivation where 10 = highest.
 */
public record WellnessDay(
        LocalDate date,
        Double restingHr,
        Double hrvRmssdMs,
        Double sleepH,
        Double bodyMassKg,
        Double soreness,
        Double fatigue,
        Double stress,
        Double motivation,
        Double heavyLegs) {
}
