package org.heavylegs.store.imports;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.formats.ActivityFiles;
import org.heavylegs.formats.UnreadableFileException;
import org.heavylegs.formats.archive.ArchiveLimits;
import org.heavylegs.formats.archive.ArchiveRefusal;
import org.heavylegs.formats.archive.Member;
import org.heavylegs.formats.archive.Walker;
import org.heavylegs.formats.export.ExportFile;
import org.heavylegs.formats.export.GarminWellness;
import org.heavylegs.formats.export.StravaActivities;
import org.heavylegs.store.Ingest;
import org.heavylegs.store.Ingest.DiskLocation;
import org.heavylegs.store.Ingest.FileInfo;
import org.heavylegs.store.Locations;
import org.heavylegs.store.RunLog;
import org.heavylegs.store.SourceFiles.SourceFile;
import org.heavylegs.store.Store;
import org.heavylegs.store.Wellness;

/**
 * Brings files, folders, zips, Garmin and Strava export archives into the store. Each file is
 * identified by the SHA-256 of its plain content and stored once, in its own transaction; files on
 * disk whose path, size and modification time are unchanged are skipped unread (the folder cache),
 * so a second run over the same folder decodes nothing.
 */
public final class Importer {

    /** Turns an activity file's plain bytes into activities. */
    @FunctionalInterface
    public interface Decoder {
        List<Activity> decode(String name, byte[] plain) throws UnreadableFileException;
    }

    /** The readers of heavylegs-formats. */
    public static final Decoder FORMATS = ActivityFiles::read;

    private final Store store;
    private final ArchiveLimits limits;
    private final Decoder decoder;
    private final String readerVersion;
    private final ImportListener listener;

    public Importer(Store store) {
        this(store, ArchiveLimits.DEFAULT, FORMATS, defaultReaderVersion(), ImportListener.NONE);
    }

    /**
     * @param readerVersion stored with refusals: a file refused by another reader version is tried again
     */
    public Importer(Store store, ArchiveLimits limits, Decoder decoder, String readerVersion, ImportListener listener) {
        this.store = store;
        this.limits = limits;
        this.decoder = decoder;
        this.readerVersion = readerVersion;
        this.listener = listener;
    }

    /** The formats module's version from its jar manifest, "development" when run from classes. */
    public static String defaultReaderVersion() {
        String v = ActivityFiles.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    public ImportReport run(List<Path> inputs) {
        long t0 = System.nanoTime();
        ImportReport report = new ImportReport();
        report.totalBytes = Walker.totalBytes(inputs);
        listener.started(report.totalBytes);
        Run run = new Run(report);
        new Walker(limits, path -> ExportFile.of(path).isWanted()).walk(inputs, run);
        run.flushStrava(null);
        report.elapsed = Duration.ofNanos(System.nanoTime() - t0);
        listener.progress(report.bytesRead, report);
        return report;
    }

    /**
     * Imports one input that is not on disk, such as an upload to the dashboard: a single activity
     * file (also .gz) or a zip / export archive, read from the stream with the same limits and
     * refusals as files on disk and never written anywhere. No disk location is recorded.
     *
     * @param name       the name the client gave (reduced to a plain file name for messages)
     * @param totalBytes the stream's length when known (for progress), else -1
     */
    public ImportReport run(String name, java.io.InputStream in, long totalBytes) {
        long t0 = System.nanoTime();
        ImportReport report = new ImportReport();
        report.totalBytes = Math.max(0, totalBytes);
        listener.started(report.totalBytes);
        Run run = new Run(report);
        new Walker(limits, path -> ExportFile.of(path).isWanted()).walk(name, in, run);
        run.flushStrava(null);
        report.elapsed = Duration.ofNanos(System.nanoTime() - t0);
        listener.progress(report.bytesRead, report);
        return report;
    }

    /** One walk's state. */
    private final class Run implements Walker.Visitor {
        private final ImportReport report;
        private final Ingest ingest = store.ingest();
        private final Map<String, Locations.Location> known;
        /** Container name + "/" + member path -> content hash, for linking Strava's rows. */
        private final Map<String, String> memberHashes = new HashMap<>();
        private final List<PendingCsv> pending = new ArrayList<>();
        private DiskFile current;

        Run(ImportReport report) {
            this.report = report;
            this.known = store.locations().all();
        }

        @Override
        public boolean enter(Path file, String relative, BasicFileAttributes attributes) {
            String path = file.toString();
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().toMillis();
            boolean archive = relative.toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
            current = new DiskFile(file, size, modified, archive);
            Locations.Location loc = known.get(path);
            if (loc == null || !loc.matches(size, modified)) {
                return true;
            }
            if (Locations.ARCHIVE.equals(loc.kind())) {
                Map<String, String> members = store.locations().members(path);
                List<ImportReport.Refusal> stillRefused = new ArrayList<>();
                for (Map.Entry<String, String> e : members.entrySet()) {
                    Optional<SourceFile> sf = store.files().find(e.getValue());
                    if (sf.isEmpty() || (sf.get().refused() && !Objects.equals(sf.get().reader(), readerVersion))) {
                        return true; // read it again: content missing, or another reader may read it now
                    }
                    if (sf.get().refused()) {
                        stillRefused.add(new ImportReport.Refusal(path + "!/" + e.getKey(),
                                sf.get().refusal() + " (unchanged since it was refused)"));
                    }
                }
                report.present.addAll(members.values());
                report.unchanged++;
                stillRefused.forEach(this::refuse);
                current = null;
                return false;
            }
            Optional<SourceFile> stored = store.files().find(loc.sha256());
            if (stored.isEmpty()) {
                return true;
            }
            SourceFile sf = stored.get();
            if (sf.refused() && !Objects.equals(sf.reader(), readerVersion)) {
                return true; // another reader may read it now
            }
            report.present.add(sf.sha256());
            Path root = file;
            for (int i = 0; i < relative.split("/").length; i++) {
                root = root.getParent();
            }
            memberHashes.put(root + "/" + relative, sf.sha256());
            if (sf.refused()) {
                refuse(new ImportReport.Refusal(path, sf.refusal() + " (unchanged since it was refused)"));
            } else {
                report.unchanged++;
            }
            current = null;
            return false;
        }

        @Override
        public void member(Member m) {
            String sha = sha256(m.bytes());
            String name = m.displayName();
            memberHashes.put(m.containerName() + "/" + m.path(), sha);
            report.present.add(sha);
            DiskLocation at = null;
            if (current != null) {
                if (current.archive) {
                    current.members.put(String.join("!/", m.chain().subList(1, m.chain().size())), sha);
                } else {
                    at = new DiskLocation(current.file.toString(), current.size, current.modified);
                }
            }
            ExportFile kind = ExportFile.of(m.path());
            if (kind == ExportFile.OTHER) {
                kind = ExportFile.ACTIVITY; // a file named on the command line: recognized by content
            }
            Optional<SourceFile> stored = store.files().find(sha);
            if (stored.isPresent() && !stored.get().refused()) {
                report.duplicates++;
                ingest.seenAt(info(sha, name, m, kind, stored.get().format()), at);
                return;
            }
            switch (kind) {
                case ACTIVITY -> activity(m, sha, name, at);
                case STRAVA_ACTIVITIES -> stravaCsv(m, sha, name, at);
                default -> wellness(m, sha, name, kind, at);
            }
        }

        private void activity(Member m, String sha, String name, DiskLocation at) {
            List<Activity> activities;
            report.plainBytesDecoded += m.bytes().length;
            try {
                activities = decoder.decode(name, m.bytes());
            } catch (UnreadableFileException e) {
                FileInfo f = info(sha, name, m, ExportFile.ACTIVITY, null);
                ingest.refusal(f, e.kind().name(), e.reason() + (e.offset() >= 0 ? " (at offset " + e.offset() + ")" : ""), at);
                refuse(new ImportReport.Refusal(name, e.reason() + (e.offset() >= 0 ? " (at offset " + e.offset() + ")" : "")));
                return;
            } catch (RuntimeException | StackOverflowError e) {
                // a reader bug must not stop the batch; the file is named and kept out
                FileInfo f = info(sha, name, m, ExportFile.ACTIVITY, null);
                String reason = "internal error while reading (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + "); please report it with this file";
                ingest.refusal(f, "INTERNAL", reason, at);
                refuse(new ImportReport.Refusal(name, reason));
                return;
            }
            if (activities.isEmpty()) {
                FileInfo f = info(sha, name, m, ExportFile.ACTIVITY, null);
                ingest.refusal(f, UnreadableFileException.Kind.NO_ACTIVITY.name(), "holds no activity", at);
                refuse(new ImportReport.Refusal(name, "holds no activity"));
                return;
            }
            String invalid = invalid(activities);
            if (invalid != null) {
                String reason = "the reader gave " + invalid + "; please report it with this file";
                ingest.refusal(info(sha, name, m, ExportFile.ACTIVITY, null), "INTERNAL", reason, at);
                refuse(new ImportReport.Refusal(name, reason));
                return;
            }
            ingest.activities(info(sha, name, m, ExportFile.ACTIVITY, activities.get(0).format().key()), activities, at);
            report.filesImported++;
            report.activities += activities.size();
        }

        /** What makes activities unstorable, or null: the store needs a start, sport and format. */
        private String invalid(List<Activity> activities) {
            for (Activity a : activities) {
                if (a == null || a.start() == null || a.sport() == null || a.subSport() == null || a.format() == null
                        || a.streams() == null || a.summary() == null) {
                    return "an activity without its start, sport, format, samples or summary";
                }
            }
            return null;
        }

        private void wellness(Member m, String sha, String name, ExportFile kind, DiskLocation at) {
            FileInfo f = info(sha, name, m, kind, "json");
            GarminWellness.Result r;
            try {
                r = GarminWellness.read(name, kind, m.bytes());
            } catch (UnreadableFileException e) {
                ingest.refusal(f, e.kind().name(), e.reason(), at);
                refuse(new ImportReport.Refusal(name, e.reason()));
                return;
            }
            ingest.wellness(f, Wellness.GARMIN_EXPORT, r.days(), at);
            for (String w : r.warnings()) {
                report.warnings.add(name + ": " + w);
            }
            report.filesImported++;
            report.wellnessDays += r.days().size();
        }

        private void stravaCsv(Member m, String sha, String name, DiskLocation at) {
            FileInfo f = info(sha, name, m, ExportFile.STRAVA_ACTIVITIES, "csv");
            StravaActivities.Result r;
            try {
                r = StravaActivities.read(name, m.bytes());
            } catch (UnreadableFileException e) {
                ingest.refusal(f, e.kind().name(), e.reason(), at);
                refuse(new ImportReport.Refusal(name, e.reason()));
                return;
            }
            report.warnings.addAll(r.warnings());
            String path = m.path();
            String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
            // stored once the activity files beside it were seen, to link each row to its file
            pending.add(new PendingCsv(f, r.rows(), m.containerName() + "/" + dir, at,
                    current != null && current.archive ? current.file.toString() : null));
        }

        /** Stores the pending activities.csv files of an archive (or, with null, all of them). */
        void flushStrava(String archivePath) {
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
                report.filesImported++;
                report.runLogRecords += entries.size();
            }
        }

        private RunLogEntry toEntry(String csvName, StravaActivities.Row row) {
            String notes = "Strava weather" + (row.weatherCondition() == null ? "" : ": " + row.weatherCondition())
                    + (row.dewpointC() == null ? "" : ", dew point " + row.dewpointC() + " C")
                    + (row.apparentTemperatureC() == null ? "" : ", feels like " + row.apparentTemperatureC() + " C")
                    + (row.name() == null ? "" : " (" + row.name() + ")");
            return new RunLogEntry(
                    row.start() == null ? java.time.LocalDate.EPOCH : row.start().atOffset(ZoneOffset.UTC).toLocalDate(),
                    row.start(), null, null, null, null, null, null, null, null,
                    row.temperatureC(), row.humidityPct(), null, notes, csvName + ":" + row.line());
        }

        @Override
        public void refused(ArchiveRefusal refusal) {
            if (current != null) {
                current.clean = false;
            }
            refuse(new ImportReport.Refusal(refusal.name(), refusal.reason()));
        }

        @Override
        public void ignored(String displayName) {
            report.ignored++;
        }

        @Override
        public void left(Path file, String relative, boolean complete) {
            if (current != null && current.archive) {
                flushStrava(file.toString());
                if (complete && current.clean) {
                    store.locations().putArchive(file.toString(), current.size, current.modified, current.members);
                }
            }
            current = null;
        }

        @Override
        public void progress(long bytesRead) {
            report.bytesRead = bytesRead;
            listener.progress(bytesRead, report);
        }

        private void refuse(ImportReport.Refusal r) {
            report.refused.add(r);
            listener.refused(r);
        }

        private FileInfo info(String sha, String name, Member m, ExportFile kind, String format) {
            return new FileInfo(sha, name, m.bytes().length, kind.name(), format, readerVersion);
        }
    }

    /** The file on disk being read. */
    private static final class DiskFile {
        final Path file;
        final long size;
        final long modified;
        final boolean archive;
        final Map<String, String> members = new LinkedHashMap<>();
        boolean clean = true;

        DiskFile(Path file, long size, long modified, boolean archive) {
            this.file = file;
            this.size = size;
            this.modified = modified;
            this.archive = archive;
        }
    }

    /** An activities.csv waiting for the activity files beside it. */
    private record PendingCsv(FileInfo file, List<StravaActivities.Row> rows, String prefix, DiskLocation at,
                              String archivePath) {
    }

    /** The content hash the store identifies files by (hex SHA-256 of the plain bytes). */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
