package org.heavylegs.store.imports;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.heavylegs.formats.UnreadableFileException;
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
import org.heavylegs.store.SourceFiles.SourceFile;
import org.heavylegs.store.Store;
import org.heavylegs.store.Wellness;

/**
 * One walk of an import: the {@link Walker.Visitor} that skips files unchanged since they were
 * stored, hands activity files to the {@link ImportPipeline} and writes what it gives back in walk
 * order, stores wellness exports and Strava's activities.csv ({@link StravaRunLog}), and counts
 * everything in the {@link ImportReport}.
 */
final class ImportRun implements Walker.Visitor, AutoCloseable {
    private final Store store;
    private final Importer.Decoder decoder;
    private final String readerVersion;
    private final ImportListener listener;
    private final ImportReport report;
    private final Ingest ingest;
    private final Map<String, Locations.Location> known;
    /** Content hashes stored and not refused (read once, then kept up to date by this run). */
    private final Set<String> stored = ConcurrentHashMap.newKeySet();
    /** Refused files by content hash, as stored when the run began. */
    private final Map<String, SourceFile> refusedFiles;
    /** Container name + "/" + member path -> content hash, for linking Strava's rows. */
    private final Map<String, String> memberHashes = new HashMap<>();
    private final ImportPipeline pipeline;
    private final StravaRunLog strava;
    private DiskFile current;

    ImportRun(Store store, int workers, Importer.Decoder decoder, String readerVersion, ImportListener listener,
              ImportReport report) {
        this.store = store;
        this.decoder = decoder;
        this.readerVersion = readerVersion;
        this.listener = listener;
        this.report = report;
        this.ingest = store.ingest();
        this.known = store.locations().all();
        this.stored.addAll(store.files().imported());
        this.refusedFiles = store.files().refusals();
        this.pipeline = new ImportPipeline(workers, this::write);
        this.strava = new StravaRunLog(ingest, stored, report, memberHashes);
    }

    /** Writes what is still in flight and the pending activities.csv files; call when the walk is done. */
    void finish() {
        pipeline.drain();
        strava.flush(null);
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
        boolean archive = relative.toLowerCase(Locale.ROOT).endsWith(".zip");
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
            report.archiveMembers.put(path, members);
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
        String sha = Importer.sha256(m.bytes());
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
        ingest.wellness(f, Wellness.GARMIN_EXPORT, r.days(), r.warnings(), at);
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
        strava.add(f, r.rows(), m.containerName() + "/" + dir, at,
                current != null && current.archive ? current.file.toString() : null);
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
            strava.flush(file.toString());
            report.archiveMembers.put(file.toString(), new java.util.LinkedHashMap<>(current.members));
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
