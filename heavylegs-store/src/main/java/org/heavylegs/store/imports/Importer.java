package org.heavylegs.store.imports;

import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.formats.ActivityFiles;
import org.heavylegs.formats.UnreadableFileException;
import org.heavylegs.formats.archive.ArchiveLimits;
import org.heavylegs.formats.archive.Walker;
import org.heavylegs.formats.export.ExportFile;
import org.heavylegs.store.Store;

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
        return run(() -> Walker.totalBytes(inputs), (walker, visitor) -> walker.walk(inputs, visitor));
    }

    /**
     * Imports one input that is not on disk, such as an upload to the dashboard: a single activity
     * file (also .gz) or a zip / export archive, read from the stream with the same limits and
     * refusals as files on disk and never written anywhere. No disk location is recorded.
     *
     * @param name       the name the client gave (reduced to a plain file name for messages)
     * @param totalBytes the stream's length when known (for progress), else -1
     */
    public ImportReport run(String name, InputStream in, long totalBytes) {
        return run(() -> Math.max(0, totalBytes), (walker, visitor) -> walker.walk(name, in, visitor));
    }

    private ImportReport run(LongSupplier totalBytes, BiConsumer<Walker, Walker.Visitor> walk) {
        long t0 = System.nanoTime();
        ImportReport report = new ImportReport();
        report.totalBytes = totalBytes.getAsLong();
        listener.started(report.totalBytes);
        try (ImportRun run = new ImportRun(store, workers, decoder, readerVersion, listener, report)) {
            walk.accept(new Walker(limits, path -> ExportFile.of(path).isWanted()), run);
            run.finish();
        }
        report.elapsed = Duration.ofNanos(System.nanoTime() - t0);
        listener.progress(report.bytesRead, report);
        return report;
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
