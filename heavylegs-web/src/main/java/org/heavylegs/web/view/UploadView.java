package org.heavylegs.web.view;

import java.util.List;
import java.util.Locale;
import org.heavylegs.store.imports.ImportReport;

/** The upload page, and after an upload the outcome per file. */
public record UploadView(String limit, List<Result> results, String error) {

    /** Dropped-value warnings shown per upload before "... and N more". */
    public static final int MAX_WARNINGS_SHOWN = 10;

    /** What importing one uploaded file did. */
    public record Result(String name, ImportReport report) {

        public String summary() {
            ImportReport r = report;
            return String.format(Locale.ROOT, "%d file(s) imported: %d activit%s, %d wellness day(s), %d weather record(s); "
                    + "%d duplicate(s) already stored; %d ignored; %d refused.", r.filesImported(), r.activities(),
                    r.activities() == 1 ? "y" : "ies", r.wellnessDays(), r.runLogRecords(), r.duplicates(), r.ignored(),
                    r.refused().size());
        }

        public List<String> warnings() {
            return report.warnings().subList(0, Math.min(MAX_WARNINGS_SHOWN, report.warnings().size()));
        }

        public int moreWarnings() {
            return Math.max(0, report.warnings().size() - MAX_WARNINGS_SHOWN);
        }
    }

    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%d MB", bytes / 1_000_000);
    }
}
