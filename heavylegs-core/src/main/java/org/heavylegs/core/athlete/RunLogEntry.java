package org.heavylegs.core.athlete;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of runs.csv: what the runner weighed, drank and ate around one run. Values are nullable.
 *
 * @param date   the run's local date (always known)
 * @param start  the run's start when runs.csv gave a date-time, else null (matched by date then)
 * @param source "FILE:LINE" of the row, for messages
 */
public record RunLogEntry(
        LocalDate date,
        Instant start,
        Double preMassKg,
        Double postMassKg,
        Double fluidMl,
        Double carbsG,
        Double sodiumMg,
        Double urineMl,
        Double rpe,
        Double heavyLegs,
        Double temperatureC,
        Double humidityPct,
        Double warmupMin,
        String notes,
        String source) {
}
