package org.heavylegs.web.data;

import java.time.Instant;
import java.util.List;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.store.StoredActivity;

/** What the dashboard writes to the store, always under the origin {@link Origins#DASHBOARD}. */
public final class Writes {

    private final Db db;

    public Writes(Db db) {
        this.db = db;
    }

    /** Merges a day: values given replace the dashboard's earlier ones of that day, empty ones keep them. */
    public void wellness(WellnessDay day) {
        db.write(s -> {
            s.wellness().merge(Origins.DASHBOARD, List.of(day));
            return null;
        });
    }

    /**
     * Stores a run-log entry; a later entry for the same start (or, without a time, the same day)
     * replaces it. With {@code run}, the entry is linked to that activity's file.
     */
    public void runLog(RunLogEntry e, StoredActivity run) {
        String ref = e.start() != null ? e.start().toString() : e.date().toString();
        db.write(s -> {
            s.runLog().put(Origins.DASHBOARD, ref, run == null ? null : run.fileSha256(), e);
            return null;
        });
    }

    /** Stores a lab value, replacing the dashboard's value of the same test on the same day. */
    public void lab(LabValue v) {
        db.write(s -> {
            s.labs().put(Origins.DASHBOARD, v);
            return null;
        });
    }

    /** Stores the questionnaire as athlete.yaml text. */
    public void profile(String yaml, Instant at) {
        db.write(s -> {
            s.profiles().put(Origins.DASHBOARD, yaml, at);
            return null;
        });
    }
}
