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

    /**
     * This day with each value it lacks taken from {@code other} (the same date; null: this day as
     * it is). The rule by which the runner's own log wins over a device export, value by value, and
     * a later export file over an earlier one (docs/store.md); one place for the store and the folder.
     */
    public WellnessDay orElse(WellnessDay other) {
        if (other == null) {
            return this;
        }
        return new WellnessDay(date, or(restingHr, other.restingHr), or(hrvRmssdMs, other.hrvRmssdMs),
                or(sleepH, other.sleepH), or(bodyMassKg, other.bodyMassKg), or(soreness, other.soreness),
                or(fatigue, other.fatigue), or(stress, other.stress), or(motivation, other.motivation),
                or(heavyLegs, other.heavyLegs));
    }

    private static Double or(Double mine, Double theirs) {
        return mine != null ? mine : theirs;
    }
}
