package org.heavylegs.web.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.heavylegs.core.analysis.ActivityReloader;
import org.heavylegs.core.analysis.Analysis;
import org.heavylegs.core.diagnosis.Diagnoser;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.store.StoredActivity;

/**
 * The dashboard's diagnosis: the same use case as {@code heavylegs diagnose} (core's Analysis and
 * Diagnoser), fed from the store; the recent runs' samples are loaded from the store as needed.
 */
public final class StoreDiagnosis implements DiagnosisSource {

    @Override
    public Diagnosis diagnose(AthleteSnapshot athlete, LocalDate asOf) {
        return Diagnoser.diagnose(Analysis.prepare(athlete.data(), asOf, null, Analysis.DEFAULT_WINDOW_DAYS,
                reloader(athlete)));
    }

    /** Finds a summary's stored activity by source and start (histories copy summaries, so not by identity). */
    static ActivityReloader reloader(AthleteSnapshot athlete) {
        List<RunSummary> summaries = athlete.data().activities();
        List<StoredActivity> stored = athlete.activities();
        return run -> {
            for (int i = 0; i < summaries.size(); i++) {
                RunSummary s = summaries.get(i);
                if (s.start().equals(run.start()) && s.source().equals(run.source())) {
                    return Optional.of(athlete.withSamples(stored.get(i)));
                }
            }
            return Optional.empty();
        };
    }
}
