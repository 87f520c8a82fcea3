package org.heavylegs.store.imports;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.formats.export.StravaActivities;
import org.heavylegs.store.Ingest;
import org.heavylegs.store.Ingest.DiskLocation;
import org.heavylegs.store.Ingest.FileInfo;
import org.heavylegs.store.RunLog;

/**
 * The weather rows of Strava's activities.csv: held until the activity files beside the CSV were
 * seen, then stored as run-log records, each linked to its activity file's content hash.
 */
final class StravaRunLog {

    /** An activities.csv waiting for the activity files beside it. */
    private record PendingCsv(FileInfo file, List<StravaActivities.Row> rows, String prefix, DiskLocation at,
                              String archivePath) {
    }

    private final Ingest ingest;
    private final Set<String> stored;
    private final ImportReport report;
    /** Container name + "/" + member path -> content hash, as the import found them. */
    private final Map<String, String> memberHashes;
    private final List<PendingCsv> pending = new ArrayList<>();

    StravaRunLog(Ingest ingest, Set<String> stored, ImportReport report, Map<String, String> memberHashes) {
        this.ingest = ingest;
        this.stored = stored;
        this.report = report;
        this.memberHashes = memberHashes;
    }

    /**
     * @param prefix      container name + "/" + the CSV's folder: where its rows' file names are
     * @param archivePath the archive it was found in, null when none
     */
    void add(FileInfo file, List<StravaActivities.Row> rows, String prefix, DiskLocation at, String archivePath) {
        pending.add(new PendingCsv(file, rows, prefix, at, archivePath));
    }

    /** Stores the pending activities.csv files of an archive (or, with null, all of them). */
    void flush(String archivePath) {
        for (var it = pending.iterator(); it.hasNext(); ) {
            PendingCsv p = it.next();
            if (archivePath != null && !archivePath.equals(p.archivePath)) {
                continue;
            }
            it.remove();
            List<Ingest.LinkedEntry> entries = new ArrayList<>();
            for (StravaActivities.Row row : p.rows) {
                if (row.temperatureC() == null && row.humidityPct() == null) {
                    continue; // nothing a run log could add
                }
                String link = row.filename() == null ? null : memberHashes.get(p.prefix + row.filename());
                String ref = row.activityId() != null ? row.activityId() : p.file.sha256() + ":" + row.line();
                entries.add(new Ingest.LinkedEntry(ref, link, toEntry(p.file.name(), row)));
            }
            ingest.runLog(p.file, RunLog.STRAVA_EXPORT, entries, p.at);
            stored.add(p.file.sha256());
            report.filesImported++;
            report.runLogRecords += entries.size();
        }
    }

    private static RunLogEntry toEntry(String csvName, StravaActivities.Row row) {
        String notes = "Strava weather" + (row.weatherCondition() == null ? "" : ": " + row.weatherCondition())
                + (row.dewpointC() == null ? "" : ", dew point " + row.dewpointC() + " C")
                + (row.apparentTemperatureC() == null ? "" : ", feels like " + row.apparentTemperatureC() + " C")
                + (row.name() == null ? "" : " (" + row.name() + ")");
        return new RunLogEntry(
                row.start() == null ? LocalDate.EPOCH : row.start().atOffset(ZoneOffset.UTC).toLocalDate(),
                row.start(), null, null, null, null, null, null, null, null,
                row.temperatureC(), row.humidityPct(), null, notes, csvName + ":" + row.line());
    }
}
