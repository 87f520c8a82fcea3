package org.heavylegs.store.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.formats.archive.ArchiveLimits;
import org.heavylegs.store.Locations;
import org.heavylegs.store.Store;
import org.heavylegs.store.StoredActivity;

/**
 * The store as the cache of an athlete folder, for {@code diagnose DIR} and {@code trends DIR}: the
 * store lives in DIR/.heavylegs/heavylegs.db, {@link #sync} imports DIR/activities (files unchanged
 * by path, size and modification time are not read; changed ones whose content is known are hashed
 * but not decoded; zips and exports in it are walked as {@code heavylegs import} walks them, and an
 * unchanged zip is not opened), and {@link #activities} loads what is in the folder now. A second run on an
 * unchanged folder decodes no activity file.
 */
public final class FolderCache implements AutoCloseable {

    /** What {@link #check} found for one file. */
    public enum State {
        /** Path, size and modification time as recorded: not read. */
        UNCHANGED,
        /** Touched or moved, but its content is already stored: read and hashed, not decoded. */
        KNOWN_CONTENT,
        /** Content not stored yet: needs decoding. */
        NEW
    }

    /** One file's state. */
    public record FileState(Path file, State state) {
    }

    private final Path folder;
    private final Store store;
    private final boolean ownsStore;
    private Importer importer;
    private int workers = 1;
    private ImportReport last;

    private FolderCache(Path folder, Store store, boolean ownsStore) {
        this.folder = folder;
        this.store = store;
        this.ownsStore = ownsStore;
        this.importer = new Importer(store);
    }

    /** Opens (creating when needed) the cache store of an athlete folder. */
    public static FolderCache open(Path athleteFolder) {
        Path abs = athleteFolder.toAbsolutePath().normalize();
        return new FolderCache(abs, Store.open(Store.athleteFolderLocation(abs)), true);
    }

    /** The same over an already open store (e.g. the user's own), which {@link #close} leaves open. */
    public static FolderCache over(Path athleteFolder, Store store) {
        return new FolderCache(athleteFolder.toAbsolutePath().normalize(), store, false);
    }

    /** Follows the sync with a listener (progress) and the given limits and decoder. */
    public FolderCache using(ArchiveLimits limits, Importer.Decoder decoder, String readerVersion, ImportListener listener) {
        this.importer = new Importer(store, limits, decoder, readerVersion, listener).parallel(workers);
        return this;
    }

    /** Decodes new files on {@code n} threads ({@link Importer#parallel}); 1 by default. */
    public FolderCache parallel(int n) {
        workers = Math.max(1, n);
        importer.parallel(workers);
        return this;
    }

    public Store store() {
        return store;
    }

    /** DIR/activities, where DESIGN.md 2.2 puts the activity files and exports. */
    public Path activitiesFolder() {
        return folder.resolve("activities");
    }

    /**
     * Tells, without decoding anything, which of the given files are unchanged, known by content,
     * or new. Only files whose path, size or time changed are read (to hash them); a changed zip
     * counts as new without being read.
     */
    public List<FileState> check(List<Path> files) throws IOException {
        Map<String, Locations.Location> known = store.locations().all();
        List<FileState> out = new ArrayList<>(files.size());
        for (Path f : files) {
            Path abs = f.toAbsolutePath().normalize();
            BasicFileAttributes at = Files.readAttributes(abs, BasicFileAttributes.class);
            Locations.Location loc = known.get(abs.toString());
            if (loc != null && loc.matches(at.size(), at.lastModifiedTime().toMillis())) {
                out.add(new FileState(abs, State.UNCHANGED));
                continue;
            }
            if (abs.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                // its members are known only by walking it (a sync does): not read whole here
                out.add(new FileState(abs, State.NEW));
                continue;
            }
            byte[] bytes = Files.readAllBytes(abs);
            if (bytes.length >= 2 && bytes[0] == (byte) 0x1f && bytes[1] == (byte) 0x8b) {
                bytes = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes();
            }
            boolean stored = store.files().find(Importer.sha256(bytes)).filter(s -> !s.refused()).isPresent();
            out.add(new FileState(abs, stored ? State.KNOWN_CONTENT : State.NEW));
        }
        return out;
    }

    /** Imports DIR/activities (when it exists); the report names what could not be used. */
    public ImportReport sync() {
        Path dir = activitiesFolder();
        last = Files.isDirectory(dir) ? importer.run(List.of(dir)) : importer.run(List.of());
        return last;
    }

    /**
     * Imports the given files (of the folder, or anywhere): the way {@code diagnose DIR} and
     * {@code trends DIR} bring in exactly the activity files the folder loader reads.
     */
    public ImportReport sync(List<Path> files) {
        last = importer.run(files);
        return last;
    }

    /**
     * The activities in the folder as of the last {@link #sync} (same sessions recorded twice kept
     * once), in start order; without samples they load in milliseconds even for years of runs.
     */
    public List<StoredActivity> activities(boolean withSamples) {
        if (last == null) {
            sync();
        }
        return store.activities().load(last.present(), withSamples);
    }

    /** One stored activity with its samples. */
    public Activity withSamples(StoredActivity stored) {
        return store.activities().withSamples(stored);
    }

    @Override
    public void close() {
        if (ownsStore) {
            store.close();
        }
    }
}
