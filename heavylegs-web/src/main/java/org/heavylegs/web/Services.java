package org.heavylegs.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.store.StoredActivity;
import org.heavylegs.web.data.AthleteSnapshot;
import org.heavylegs.web.data.Db;
import org.heavylegs.web.data.SnapshotLoader;
import org.heavylegs.web.data.Uploads;
import org.heavylegs.web.data.Writes;

/** What the pages and the API share: the store, the clock, the seams, the writers. */
public record Services(Db db, DashboardConfig config, Writes writes, Uploads uploads) {

    public static Services of(Db db, DashboardConfig config) {
        return new Services(db, config, new Writes(db), new Uploads(db, config.maxUploadBytes()));
    }

    public LocalDate today() {
        return LocalDate.now(config.clock());
    }

    public AthleteSnapshot snapshot() {
        return SnapshotLoader.load(db, today());
    }

    public Diagnosis diagnose(AthleteSnapshot s, LocalDate asOf) {
        return config.diagnosis().diagnose(s, asOf);
    }

    /** The stored activity of an id from a URL, or 404. */
    public StoredActivity activity(AthleteSnapshot s, String idText) {
        long id;
        try {
            id = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            throw HttpError.notFound("no run with the id '" + idText + "'");
        }
        return s.activities().stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> HttpError.notFound("no run with the id " + id));
    }

    /** The as-of date of a query parameter (yyyy-mm-dd), or null when absent; 400 when not a date. */
    public static LocalDate asOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw HttpError.badRequest("as_of: '" + text + "' is not a date (write it as yyyy-mm-dd, e.g. 2026-03-14)");
        }
    }
}
