package org.heavylegs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.heavylegs.formats.archive.ArchiveLimits;
import org.heavylegs.store.Store;
import org.heavylegs.store.StoreException;
import org.heavylegs.store.imports.ImportListener;
import org.heavylegs.store.imports.ImportReport;
import org.heavylegs.store.imports.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heavylegs import PATH... [--db FILE]}: load files, folders and export archives into the store. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Load activity files (FIT, TCX, GPX, also .gz), folders (recursively), zips, a Garmin "
                + "Connect \"Export Your Data\" archive and a Strava bulk export into the store.",
            "Each file is stored once (by content) in its own transaction; files unchanged since the last "
                + "import are skipped unread."})
public final class ImportCommand implements Callable<Integer> {

    /** Lines of dropped-value warnings shown before "... and N more". */
    static final int MAX_WARNINGS_SHOWN = 10;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or archives.")
    List<Path> paths;

    @Option(names = "--db", paramLabel = "FILE",
            description = "The store (default: $XDG_DATA_HOME/heavylegs/heavylegs.db or ~/.local/share/heavylegs/heavylegs.db).")
    Path db;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = db != null ? db : Store.defaultLocation();
        Store store;
        try {
            store = Store.open(file);
        } catch (StoreException e) {
            err.println("heavylegs: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
        ImportReport report;
        boolean bar = !noProgress && System.console() != null;
        try (store; Progress progress = bar ? new Bar() : new Lines(out)) {
            report = new Importer(store, ArchiveLimits.DEFAULT, Importer.FORMATS, Importer.defaultReaderVersion(), progress)
                    .parallel(Importer.defaultWorkers()).run(paths);
        }
        summarize(report, store.description(), out, err);
        return report.refused().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    static void summarize(ImportReport r, String where, PrintWriter out, PrintWriter err) {
        for (ImportReport.Refusal refusal : r.refused()) {
            err.println("refused: " + refusal);
        }
        out.printf(Locale.ROOT, "Imported %d file(s): %d activit%s, %d wellness day(s), %d weather record(s).%n",
                r.filesImported(), r.activities(), r.activities() == 1 ? "y" : "ies", r.wellnessDays(), r.runLogRecords());
        out.printf(Locale.ROOT, "Duplicates: %d (content already stored). Unchanged: %d (skipped unread). "
                + "Ignored: %d (neither activity nor export files). Refused: %d.%n",
                r.duplicates(), r.unchanged(), r.ignored(), r.refused().size());
        List<String> warnings = r.warnings();
        for (int i = 0; i < Math.min(MAX_WARNINGS_SHOWN, warnings.size()); i++) {
            out.println("  dropped: " + warnings.get(i));
        }
        if (warnings.size() > MAX_WARNINGS_SHOWN) {
            out.println("  ... and " + (warnings.size() - MAX_WARNINGS_SHOWN) + " more dropped values");
        }
        out.printf(Locale.ROOT, "Read %s in %.1f s. Store: %s%n", megabytes(r.bytesRead()),
                r.elapsed().toMillis() / 1000.0, where);
        if (!r.refused().isEmpty()) {
            err.println(r.refused().size() + " file(s) or entries could not be used (named above); everything else was imported.");
        }
        out.flush();
        err.flush();
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** A progress display that is closed when the import ends. */
    private interface Progress extends ImportListener, AutoCloseable {
        @Override
        void close();
    }

    /** A bar with counts and time left, on a terminal. */
    private static final class Bar implements Progress {
        private ProgressBar bar;

        @Override
        public void started(long totalBytes) {
            bar = new ProgressBarBuilder().setTaskName("import").setInitialMax(Math.max(1, totalBytes))
                    .setUnit(" MB", 1_000_000).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                    .build();
        }

        @Override
        public void progress(long bytesRead, ImportReport soFar) {
            if (bar != null) {
                bar.stepTo(bytesRead);
                bar.setExtraMessage(String.format(Locale.ROOT, "new %d dup %d same %d refused %d",
                        soFar.filesImported(), soFar.duplicates(), soFar.unchanged(), soFar.refused().size()));
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }

    /** Plain lines at every tenth of the input, for logs and pipes. */
    private static final class Lines implements Progress {
        private final PrintWriter out;
        private long total;
        private int lastTenth;
        private final long t0 = System.nanoTime();

        Lines(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void started(long totalBytes) {
            total = totalBytes;
            out.printf(Locale.ROOT, "import: %s to read%n", megabytes(totalBytes));
            out.flush();
        }

        @Override
        public void progress(long bytesRead, ImportReport soFar) {
            if (total <= 0) {
                return;
            }
            int tenth = (int) Math.min(10, bytesRead * 10 / total);
            if (tenth <= lastTenth || tenth >= 10) {
                return;
            }
            lastTenth = tenth;
            double elapsed = (System.nanoTime() - t0) / 1e9;
            double left = elapsed * (total - bytesRead) / Math.max(1, bytesRead);
            out.printf(Locale.ROOT, "import: %d%% (%d files: %d new, %d duplicate, %d unchanged, %d refused), about %.0f s left%n",
                    tenth * 10, soFar.filesSeen(), soFar.filesImported(), soFar.duplicates(), soFar.unchanged(),
                    soFar.refused().size(), left);
            out.flush();
        }

        @Override
        public void close() {
            out.flush();
        }
    }
}
