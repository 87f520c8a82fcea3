package org.heavylegs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.heavylegs.core.analysis.ActivityReloader;
import org.heavylegs.core.history.AthleteData;
import org.heavylegs.core.history.InputProblem;
import org.heavylegs.formats.ActivityFiles;
import org.heavylegs.formats.folder.AthleteFolder;
import org.heavylegs.formats.folder.FolderZips;
import org.heavylegs.store.Store;
import org.heavylegs.store.StoreException;
import org.heavylegs.store.folder.CachedFolder;
import org.heavylegs.store.imports.ImportListener;
import org.heavylegs.store.imports.ImportReport;
import org.heavylegs.store.imports.Importer;

/**
 * How {@code diagnose DIR} and {@code trends DIR} read an athlete folder: through the folder's
 * own store (DIR/.heavylegs/heavylegs.db, {@link CachedFolder}), so an unchanged folder decodes
 * no activity file again; file by file ({@link AthleteFolder}) when that store cannot be opened
 * (a read-only folder), with a warning saying so. Closing it closes the store.
 */
final class FolderInput implements AutoCloseable {

    final AthleteData data;
    final ActivityReloader reloader;
    private final CachedFolder cached;

    private FolderInput(AthleteData data, ActivityReloader reloader, CachedFolder cached) {
        this.data = data;
        this.reloader = reloader;
        this.cached = cached;
    }

    /**
     * @param source the activity reader for tests (files are decoded with it, once), or null for
     *               heavylegs-formats' readers on the bytes the importer read
     * @param note   where to say that new files were read into the store (a terminal), or null
     */
    static FolderInput open(Path dir, Clock clock, AthleteFolder.ActivitySource source, PrintWriter note) {
        AthleteFolder.ActivitySource files = source != null ? source : ActivityFiles::read;
        CachedFolder cached;
        try {
            cached = CachedFolder.open(dir);
        } catch (StoreException e) {
            AthleteData plain = AthleteFolder.load(dir, clock, files);
            List<InputProblem> problems = new ArrayList<>(plain.problems());
            problems.add(InputProblem.warning(Store.athleteFolderLocation(dir).toString(), 0,
                    "cannot keep the folder's cache (" + e.getMessage() + "); every activity file was read"));
            AthleteData data = new AthleteData(plain.athlete(), plain.zone(), plain.zoneAssumed(), plain.activities(),
                    plain.wellness(), plain.runLog(), plain.labs(), problems);
            return new FolderInput(data, FolderDiagnosis.reloader(files), null);
        }
        try {
            Importer.Decoder decoder = source == null ? Importer.FORMATS : decoder(source);
            cached.using(decoder, ImportListener.NONE);
            AthleteData data = cached.load(clock);
            ImportReport sync = cached.lastSync();
            if (note != null && sync.filesImported() > 0) {
                note.printf(Locale.ROOT, "heavylegs: read %d new activity file(s) into %s in %.1f s; later runs reuse them.%n",
                        sync.filesImported(), Store.athleteFolderLocation(dir), sync.elapsed().toMillis() / 1000.0);
                note.flush();
            }
            return new FolderInput(data, cached.reloader(), cached);
        } catch (RuntimeException e) {
            cached.close();
            throw e;
        }
    }

    /**
     * The importer's decoder from a file reader: a file on disk is read again by the name the
     * importer gives (its path); a zip member ("ZIP!/entry") is read from the bytes given.
     */
    private static Importer.Decoder decoder(AthleteFolder.ActivitySource source) {
        return (name, plain) -> name.contains(FolderZips.LEVEL) || !Files.isRegularFile(Path.of(name))
                ? source.read(name, plain) : source.read(Path.of(name));
    }

    @Override
    public void close() {
        if (cached != null) {
            cached.close();
        }
    }

    /** The folder's refused input and warnings, one line each ("refused: FILE:LINE: reason"). */
    static void printProblems(PrintWriter err, List<InputProblem> problems) {
        for (InputProblem p : problems) {
            err.println((p.refused() ? "refused: " : "warning: ") + p);
        }
    }
}
