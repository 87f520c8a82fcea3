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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.heavylegs.store.Activities;
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
    private int workers = 1;

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

    /**
     * Decodes activity files on {@code n} worker threads ({@link ImportPipeline}); the walk, the
     * writes to the store and their order stay on the calling thread, so the store ends up the same.
     * 1 (the default) does everything on the calling thread. The decoder must then be thread-safe
     * (heavylegs-formats' readers are).
     */
    public Importer parallel(int n) {
        this.workers = Math.max(1, n);
        return this;
    }

    /** Worker threads for an import on this machine: one per processor. */
    public static int defaultWorkers() {
        return Runtime.getRuntime().availableProcessors();
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
        try (Run run = new Run(report)) {
            new Walker(limits, path -> ExportFile.of(path).isWanted()).walk(inputs, run);
            run.pipeline.drain();
            run.flushStrava(null);
        }
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
        try (Run run = new Run(report)) {
            new Walker(limits, path -> ExportFile.of(path).isWanted()).walk(name, in, run);
            run.pipeline.drain();
            run.flushStrava(null);
        }
        report.elapsed = Duration.ofNanos(System.nanoTime() - t0);
        listener.progress(report.bytesRead, report);
        return report;
    }

    /** One walk's state. */
    private final class Run implements Walker.Visitor, AutoCloseable {
        private final ImportReport report;
        private final Ingest ingest = store.ingest();
        private final Map<String, Locations.Location> known;
        /** Content hashes stored and not refused (read once, then kept up to date by this run). */
        private final Set<String> stored = ConcurrentHashMap.newKeySet();
        /** Refused files by content hash, as stored when the run began. */
        private final Map<String, SourceFile> refusedFiles;
        /** Container name + "/" + member path -> content hash, for linking Strava's rows. */
        private final Map<String, String> memberHashes = new HashMap<>();
        private final List<PendingCsv> pending = new ArrayList<>();
        private final ImportPipeline pipeline = new ImportPipeline(workers, this::write);
        private DiskFile current;

        Run(ImportReport report) {
            this.report = report;
            this.known = store.locations().all();
            this.stored.addAll(store.files().imported());
            this.refusedFiles = store.files().refusals();
        }

        /** The stored file of a content hash as the run knows it, without asking the store. */
        private Optional<SourceFile> find(String sha) {
            if (stored.contains(sha)) {
                return Optional.of(new SourceFile(sha, null, 0, null, null, null, null, null, null));
            }
            return Optional.ofNullable(refusedFiles.get(sha));
        }

        @Override
        public void close() {
            pipeline.close();
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
                    Optional<SourceFile> sf = find(e.getValue());
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
            Optional<SourceFile> content = find(loc.sha256());
            if (content.isEmpty()) {
                return true;
            }
            SourceFile sf = content.get();
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
            String name = m.displayName();
            DiskLocation at = null;
            String entry = null;
            if (current != null) {
                if (current.archive) {
                    entry = String.join("!/", m.chain().subList(1, m.chain().size()));
                } else {
                    at = new DiskLocation(current.file.toString(), current.size, current.modified);
                }
            }
            ExportFile kind = ExportFile.of(m.path());
            if (kind == ExportFile.OTHER) {
                kind = ExportFile.ACTIVITY; // a file named on the command line: recognized by content
            }
            String memberKey = m.containerName() + "/" + m.path();
            if (kind == ExportFile.ACTIVITY) {
                // hashed, decoded and prepared on a worker; written by write(), in walk order
                pipeline.submit(new ActivityJob(name, m.bytes(), at, current != null && current.archive ? current : null,
                        entry, memberKey, decoder, stored));
                return;
            }
            pipeline.drain(); // files before this one are written first
            String sha = sha256(m.bytes());
            seen(sha, memberKey, current != null && current.archive ? current : null, entry);
            if (stored.contains(sha)) {
                report.duplicates++;
                ingest.seenAt(info(sha, name, m.bytes().length, kind, null), at);
                return;
            }
            if (kind == ExportFile.STRAVA_ACTIVITIES) {
                stravaCsv(m, sha, name, at);
            } else {
                wellness(m, sha, name, kind, at);
            }
        }

        /** Records that this content is in the inputs now, where it was found. */
        private void seen(String sha, String memberKey, DiskFile archive, String entry) {
            memberHashes.put(memberKey, sha);
            report.present.add(sha);
            if (archive != null) {
                archive.members.put(entry, sha);
            }
        }

        /** Writes what a job found, on this thread, in the order the files were walked. */
        private void write(ActivityJob job) {
            String sha = job.sha;
            seen(sha, job.memberKey, job.archive, job.archiveEntry);
            if (job.decoded) {
                report.plainBytesDecoded += job.size();
            }
            if (stored.contains(sha)) {
                // stored before this run, or by an earlier file of it (then any decoding is dropped)
                report.duplicates++;
                ingest.seenAt(info(sha, job.name, job.size(), ExportFile.ACTIVITY, null), job.at);
                return;
            }
            if (job.refusal != null) {
                ingest.refusal(info(sha, job.name, job.size(), ExportFile.ACTIVITY, null), job.refusalKind, job.refusal, job.at);
                refuse(new ImportReport.Refusal(job.name, job.refusal));
                return;
            }
            List<Activities.Prepared> activities = job.activities;
            ingest.prepared(info(sha, job.name, job.size(), ExportFile.ACTIVITY,
                    activities.get(0).activity().format().key()), activities, job.at);
            stored.add(sha);
            report.filesImported++;
            report.activities += activities.size();
        }

        private void wellness(Member m, String sha, String name, ExportFile kind, DiskLocation at) {
            FileInfo f = info(sha, name, m.bytes().length, kind, "json");
            GarminWellness.Result r;
            try {
                r = GarminWellness.read(name, kind, m.bytes());
            } catch (UnreadableFileException e) {
                ingest.refusal(f, e.kind().name(), e.reason(), at);
                refuse(new ImportReport.Refusal(name, e.reason()));
                return;
            }
            ingest.wellness(f, Wellness.GARMIN_EXPORT, r.days(), at);
            stored.add(sha);
            for (String w : r.warnings()) {
                report.warnings.add(name + ": " + w);
            }
            report.filesImported++;
            report.wellnessDays += r.days().size();
        }

        private void stravaCsv(Member m, String sha, String name, DiskLocation at) {
            FileInfo f = info(sha, name, m.bytes().length, ExportFile.STRAVA_ACTIVITIES, "csv");
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
                stored.add(p.file.sha256());
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
                pipeline.drain(); // the archive's members, before it is recorded as read
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

        private FileInfo info(String sha, String name, long size, ExportFile kind, String format) {
            return new FileInfo(sha, name, size, kind.name(), format, readerVersion);
        }
    }

    /** The file on disk being read. */
    static final class DiskFile {
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
