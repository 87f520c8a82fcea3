package org.heavylegs.store.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.analysis.ActivityReloader;
import org.heavylegs.core.history.AthleteData;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.formats.UnreadableFileException;
import org.heavylegs.formats.archive.ArchiveLimits;
import org.heavylegs.formats.export.ExportFile;
import org.heavylegs.formats.folder.AthleteFolder;
import org.heavylegs.formats.folder.FolderZips;
import org.heavylegs.formats.folder.ZipMember;
import org.heavylegs.store.Locations;
import org.heavylegs.store.SourceFiles.SourceFile;
import org.heavylegs.store.Store;
import org.heavylegs.store.Summaries;
import org.heavylegs.store.Wellness;
import org.heavylegs.store.imports.FolderCache;
import org.heavylegs.store.imports.ImportListener;
import org.heavylegs.store.imports.ImportReport;
import org.heavylegs.store.imports.Importer;

/**
 * An athlete folder read through its own store, DIR/.heavylegs/heavylegs.db, so that a second
 * {@code trends DIR} or {@code diagnose DIR} on an unchanged folder decodes no activity file:
 * {@link #load} imports the activity files that are new or changed (each decoded once, on one
 * thread per processor, streamed to the store in walk order), then builds the folder's data from the stored summaries
 * (totals and heart-rate distribution, no samples) with {@link AthleteFolder}'s own rules: the
 * same files listed, problems named per file, future-dated activities refused, the same activity
 * twice counted once; zips in activities/ (exports, nested zips) are imported as {@code heavylegs import}
 * imports them and their activity members named "ZIP!/entry" ({@link FolderZips}); athlete.yaml and
 * the CSV logs are read every time (they are small).
 * {@link #reloader} gives back a run's full activity from the store (a millisecond or so).
 */
public final class CachedFolder implements AutoCloseable {

    private final Path dir;
    private final FolderCache cache;
    private ImportReport report;
    /** Activity id by summary (source, start, sport), filled by {@link #load}. */
    private final Map<String, Long> ids = new HashMap<>();

    private CachedFolder(Path dir, FolderCache cache) {
        this.dir = dir;
        this.cache = cache;
    }

    /**
     * Opens (creating it when needed) the folder's store.
     *
     * @throws org.heavylegs.store.StoreException when the store cannot be opened or created
     *         (a read-only folder): read the folder without a cache then
     */
    public static CachedFolder open(Path dir) {
        return new CachedFolder(dir, FolderCache.open(dir).parallel(Importer.defaultWorkers()));
    }

    /**
     * The same over an already open store (e.g. a PostgreSQL one, {@link FolderCache#over}), which
     * {@link #close} leaves open.
     */
    public static CachedFolder over(Path dir, Store store) {
        return new CachedFolder(dir, FolderCache.over(dir, store).parallel(Importer.defaultWorkers()));
    }

    /** Decodes new files with {@code decoder} and reports progress to {@code listener} (tests, progress bars). */
    public CachedFolder using(Importer.Decoder decoder, ImportListener listener) {
        cache.using(ArchiveLimits.DEFAULT, decoder, Importer.defaultReaderVersion(), listener);
        return this;
    }

    /**
     * Decodes new files on {@code n} threads (one per processor unless set). Two files with the same
     * content decoded at the same moment on two threads are both decoded (the second is then
     * stored as a duplicate): with one thread, every content is decoded exactly once.
     */
    public CachedFolder parallel(int n) {
        cache.parallel(n);
        return this;
    }

    public Store store() {
        return cache.store();
    }

    /** What the last {@link #load} imported (new, unchanged, refused files), or null before it. */
    public ImportReport lastSync() {
        return report;
    }

    /** Brings the store up to date with DIR/activities and loads the folder, as {@link AthleteFolder#load} would. */
    public AthleteData load(Clock clock) {
        List<Path> files = activityFiles(dir.resolve(AthleteFolder.ACTIVITIES));
        report = cache.sync(files);
        Store store = cache.store();
        Map<String, Locations.Location> locations = store.locations().all();
        Map<String, SourceFile> refused = store.files().refusals();
        Map<String, List<Summaries.Summary>> summaries = Summaries.of(store, report.present());
        Map<String, Wellness.FileWellness> wellness = store.wellness().ofFiles(report.present());
        Map<String, String> unread = new HashMap<>();
        for (ImportReport.Refusal r : report.refused()) {
            unread.put(r.name(), r.reason());
        }
        ids.clear();
        return AthleteFolder.loadFrom(dir, clock, new AthleteFolder.SummarySource() {
            @Override
            public List<RunSummary> read(Path file, ZoneId zone) throws UnreadableFileException {
                String path = file.toAbsolutePath().normalize().toString();
                Locations.Location at = locations.get(path);
                if (at == null || at.sha256() == null) {
                    String reason = unread.get(path);
                    throw new UnreadableFileException(file.toString(), UnreadableFileException.Kind.IO,
                            reason != null ? reason : "could not be read");
                }
                SourceFile refusal = refused.get(at.sha256());
                if (refusal != null) {
                    throw new UnreadableFileException(file.toString(), kind(refusal.refusalKind()), refusal.refusal());
                }
                return runs(file.toString(), summaries.getOrDefault(at.sha256(), List.of()), zone);
            }

            @Override
            public List<ZipMember> readZip(Path zip, ZoneId zone) {
                return zipMembers(zip, zone, refused, summaries, wellness);
            }

            @Override
            public ZipMember readWellness(Path file) {
                String name = file.toString();
                Locations.Location at = locations.get(file.toAbsolutePath().normalize().toString());
                if (at == null || at.sha256() == null) {
                    String reason = unread.get(file.toAbsolutePath().normalize().toString());
                    return ZipMember.refused(name, reason != null ? reason : "could not be read");
                }
                SourceFile refusal = refused.get(at.sha256());
                if (refusal != null) {
                    return ZipMember.refused(name, refusal.refusal());
                }
                Wellness.FileWellness w = wellness.getOrDefault(at.sha256(), new Wellness.FileWellness(List.of(), List.of()));
                return ZipMember.wellness(name, w.days(), w.warnings());
            }
        });
    }

    /**
     * A zip of activities/ as the last sync saw it: its activity members and Garmin wellness files
     * (their stored summaries and days; refused ones with the stored reason), then what the walk
     * refused in it (zip-slip names, bombs, broken data), named from {@code zip} as given, as
     * {@link AthleteFolder} names them reading the zip itself. The wellness comes from the members
     * of the zips present now, so a removed or replaced zip's days are gone on the next run.
     */
    private List<ZipMember> zipMembers(Path zip, ZoneId zone, Map<String, SourceFile> refused,
                                       Map<String, List<Summaries.Summary>> summaries,
                                       Map<String, Wellness.FileWellness> wellness) {
        String path = zip.toAbsolutePath().normalize().toString();
        String shown = zip.toString();
        List<ZipMember> out = new ArrayList<>();
        Set<String> members = new HashSet<>();
        for (Map.Entry<String, String> e : report.archiveMembers().getOrDefault(path, Map.of()).entrySet()) {
            members.add(path + FolderZips.LEVEL + e.getKey());
            if (!FolderZips.isRead(e.getKey())) {
                continue; // Strava's activities.csv: not read from the folder (docs/athlete-folder.md)
            }
            String name = shown + FolderZips.LEVEL + e.getKey();
            SourceFile refusal = refused.get(e.getValue());
            if (refusal != null) {
                out.add(ZipMember.refused(name, refusal.refusal()));
            } else if (ExportFile.of(e.getKey()).isGarminWellness()) {
                Wellness.FileWellness w = wellness.getOrDefault(e.getValue(), new Wellness.FileWellness(List.of(), List.of()));
                out.add(ZipMember.wellness(name, w.days(), w.warnings()));
            } else {
                out.add(ZipMember.read(name, runs(name, summaries.getOrDefault(e.getValue(), List.of()), zone)));
            }
        }
        for (ImportReport.Refusal r : report.refused()) {
            boolean inZip = r.name().equals(path) || r.name().startsWith(path + FolderZips.LEVEL);
            ExportFile kind = ExportFile.of(r.name());
            if (inZip && !members.contains(r.name()) && kind != ExportFile.STRAVA_ACTIVITIES) {
                out.add(ZipMember.refused(shown + r.name().substring(path.length()), r.reason()));
            }
        }
        return out;
    }

    /** The stored summaries of one file or member as the folder loader's, named by {@code source}. */
    private List<RunSummary> runs(String source, List<Summaries.Summary> stored, ZoneId zone) {
        List<RunSummary> out = new ArrayList<>();
        for (Summaries.Summary s : stored) {
            out.add(new RunSummary(source, s.sport(), s.subSport(), s.start(), s.start().atZone(zone).toLocalDate(),
                    s.totals().elapsedS(), s.totals().timerS(), s.totals().distanceM(), s.totals().avgHeartRateBpm(),
                    s.totals().maxHeartRateBpm(), s.totals().avgCadenceSpm(), s.heartRate(), Double.NaN, null, Map.of()));
            ids.put(key(source, s.start(), s.sport()), s.id());
        }
        return out;
    }

    /**
     * Gives back the full activity of a summary made by {@link #load} from the store, with the
     * source the summary names (its samples come back as stored: see docs/store.md on precision).
     */
    public ActivityReloader reloader() {
        Store store = cache.store();
        return run -> {
            Long id = ids.get(key(run.source(), run.start(), run.sport()));
            if (id == null) {
                return Optional.empty();
            }
            return store.activities().one(id).map(stored -> {
                Activity a = stored.activity();
                return new Activity(run.source(), a.format(), a.sport(), a.subSport(), a.start(), a.streams(), a.laps(),
                        a.pauses(), a.rrS(), a.summary(), a.device(), a.warnings());
            });
        };
    }

    /**
     * The files of activities/ the folder loader reads (any depth, sorted, by name: activity files,
     * zips, the wellness JSON of an unpacked Garmin export), as absolute paths.
     */
    static List<Path> activityFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(AthleteFolder::isRead)
                    .map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // the loader reports that it cannot list the folder
        }
    }

    private static String key(String source, Instant start, String sport) {
        return source + "|" + start + "|" + sport;
    }

    private static UnreadableFileException.Kind kind(String stored) {
        for (UnreadableFileException.Kind k : UnreadableFileException.Kind.values()) {
            if (k.name().equals(stored)) {
                return k;
            }
        }
        return UnreadableFileException.Kind.CORRUPT_DATA; // INTERNAL: a reader bug, named in the reason
    }

    @Override
    public void close() {
        cache.close();
    }
}
