package org.heavylegs.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.formats.Corpus;
import org.heavylegs.store.imports.ImportReport;
import org.heavylegs.store.imports.Importer;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test (its name does not end in Test, so surefire skips it): run by hand with
 * {@code ./mvnw -q -B -pl heavylegs-store -am test -Dtest=StoreBench -Dsurefire.failIfNoSpecifiedTests=false}.
 * Prints the corpus import throughput and re-run speed-up, and the store's own write and load
 * speed on synthetic one-hour runs (which needs no activity reader).
 */
class StoreBench {

    static final int SYNTHETIC_RUNS = 300;
    static final int SECONDS = 3600;

    @Test
    void bench() throws Exception {
        Path tmp = Files.createTempDirectory("heavylegs-bench");
        corpus(tmp.resolve("corpus.db"));
        synthetic(tmp.resolve("synthetic.db"));
    }

    private static void corpus(Path db) {
        Path root = Corpus.root();
        try (Store store = Store.open(db)) {
            ImportReport first = new Importer(store).run(List.of(root));
            ImportReport second = new Importer(store).run(List.of(root));
            double s1 = first.elapsed().toNanos() / 1e9;
            double s2 = second.elapsed().toNanos() / 1e9;
            System.out.printf(Locale.ROOT, "corpus import: %d files on disk (%.1f MB), %d activities, %d refused, %.2f s: "
                            + "%.1f MB/s read, %.1f MB/s decoded, %.1f activities/s%n",
                    first.filesSeen(), first.bytesRead() / 1e6, first.activities(), first.refused().size(), s1,
                    first.bytesRead() / 1e6 / s1, first.plainBytesDecoded() / 1e6 / s1, first.activities() / s1);
            System.out.printf(Locale.ROOT, "corpus re-run: %d unchanged, %d decoded bytes, %.3f s: %.0fx faster%n",
                    second.unchanged(), second.plainBytesDecoded(), s2, s1 / s2);
        }
    }

    private static void synthetic(Path db) {
        List<Activity> runs = new ArrayList<>();
        for (int i = 0; i < SYNTHETIC_RUNS; i++) {
            runs.add(SyntheticActivities.run(i, Instant.parse("2020-01-01T07:00:00Z").plusSeconds(86_400L * i), SECONDS));
        }
        long packed = 0;
        double encode = 0;
        for (int pass = 0; pass < 3; pass++) { // the last pass counts, after the JIT warmed up
            packed = 0;
            long te = System.nanoTime();
            for (Activity a : runs) {
                packed += StreamCodec.encode(a.streams(), a.rrS()).data().length;
            }
            encode = (System.nanoTime() - te) / 1e6 / runs.size();
        }
        long tt = System.nanoTime();
        for (Activity a : runs) {
            org.heavylegs.core.activity.Totals.of(a);
        }
        double totals = (System.nanoTime() - tt) / 1e6 / runs.size();
        System.out.printf(Locale.ROOT, "synthetic encode: %.2f ms per run, %.1f kB packed per run; totals %.2f ms per run%n",
                encode, packed / 1e3 / runs.size(), totals);
        try (Store store = Store.open(db)) {
            long t0 = System.nanoTime();
            for (int i = 0; i < runs.size(); i++) {
                store.ingest().activities(new Ingest.FileInfo(String.format("%064d", i), "r" + i + ".fit", 1, "ACTIVITY",
                        "fit", "bench"), List.of(runs.get(i)), null);
            }
            double write = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            List<StoredActivity> all = store.activities().load(null, false);
            double summaries = (System.nanoTime() - t1) / 1e6;
            long t2 = System.nanoTime();
            long samples = 0;
            for (StoredActivity a : all) {
                samples += store.activities().samples(a.id()).streams().size();
            }
            double perRun = (System.nanoTime() - t2) / 1e6 / all.size();
            long size = Files.size(db) + (Files.exists(Path.of(db + "-wal")) ? Files.size(Path.of(db + "-wal")) : 0);
            System.out.printf(Locale.ROOT, "synthetic store: %d one-hour runs (%d channels + RR) written in %.2f s "
                            + "(%.0f runs/s); summaries of all loaded in %.1f ms; one run's samples in %.2f ms; "
                            + "%d samples; %.1f kB per run on disk%n",
                    runs.size(), runs.get(0).streams().channels().size(), write, runs.size() / write, summaries, perRun,
                    samples, size / 1e3 / runs.size());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
