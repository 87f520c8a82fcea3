package org.heavylegs.web.view;

import java.time.LocalDate;
import org.heavylegs.core.diagnosis.Diagnosis;

/**
 * The overview page: the diagnosis as of a date, and what the store holds.
 *
 * @param asOfError   why the asked as-of date was not used, or null
 * @param focusRunId  the stored activity id of the diagnosis' focus run, or null
 */
public record OverviewView(Diagnosis diagnosis, LocalDate asOf, String asOfError, int runs, int wellnessDays,
                           int runLogEntries, int labValues, boolean questionnaireAnswered, Long focusRunId) {

    public String athleteName() {
        return diagnosis.athlete();
    }

    public String disclaimer() {
        return Diagnosis.DISCLAIMER;
    }
}
