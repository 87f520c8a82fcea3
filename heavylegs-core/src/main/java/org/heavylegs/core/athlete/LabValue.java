package org.heavylegs.core.athlete;

import java.time.LocalDate;

/**
 * One lab result, converted to the test's canonical unit ({@link LabTest#canonicalUnit()}).
 *
 * @param value       in the canonical unit
 * @param givenValue  as written in labs.csv
 * @param givenUnit   as written in labs.csv
 * @param source      "FILE:LINE" of the row
 */
public record LabValue(LocalDate date, LabTest test, double value, double givenValue, String givenUnit, String source) {
}
