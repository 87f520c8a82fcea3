package org.heavylegs.web.data;

import java.time.LocalDate;
import org.heavylegs.core.diagnosis.Diagnosis;

/**
 * THE SEAM to the diagnosis: the diagnosis of the athlete in the store as of a date. The dashboard
 * shows whatever this returns (overview page, GET /api/diagnosis). Until core's assessors are wired
 * here, {@link TemporaryUnknownDiagnosis} stands in; the lead replaces it in {@code ServeCommand}
 * (heavylegs-cli) with an implementation that builds the History (History.of(snapshot.data(), asOf,
 * load)), loads the focus run's samples ({@link AthleteSnapshot#withSamples}) and runs the assessors.
 */
@FunctionalInterface
public interface DiagnosisSource {

    /**
     * @param athlete what the store holds now
     * @param asOf    the day to look from; nothing dated after it may count
     */
    Diagnosis diagnose(AthleteSnapshot athlete, LocalDate asOf);
}
