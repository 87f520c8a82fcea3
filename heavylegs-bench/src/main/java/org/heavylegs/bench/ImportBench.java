package org.heavylegs.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.heavylegs.store.Store;
import org.heavylegs.store.StoredActivity;
import org.heavylegs.store.Summaries;
import org.heavylegs.store.imports.ImportListener;
import org.heavylegs.store.imports.ImportReport;
import org.heavylegs.store.imports.Importer;
import org.heavylegs.formats.archive.ArchiveLimits;

/**
 * Import throughput, cold and re-run, and the store's load times, on one folder, in a fresh JVM:
 * {@code main(FOLDER, STORE_FILE, WORKERS, OUT)} imports FOLDER into a new store, imports it again
 * (nothing changed: the re-run speed-up), loads every summary, and loads 200 runs with their
 * samples one by one as the dashboard does. Writes "key value" lines to OUT for ./bench and prints
 * them. Wall-clock times of a whole import (that is what a user waits for), each repeated as
 * asked in docs/performance.md, not JMH: an import is seconds of I/O, SQLite and threads.
 */
public final class ImportBench {

    private ImportBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: ImportBench FOLDER STORE_FILE WORKERS OUT");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        Path db = Path.of(args[1]);
        int workers = Integer.parseInt(args[2]);
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + "-wal"));
        Files.deleteIfExists(Path.of(db + "-shm"));
        List<String> out = new ArrayList<>();
        try (Store store = Store.open(db)) {
            ImportReport cold = importer(store, workers).run(List.of(folder));
            ImportReport again = importer(store, workers).run(List.of(folder));
            double s1 = cold.elapsed().toNanos() / 1e9;
            double s2 = again.elapsed().toNanos() / 1e9;
            put(out, "import_files", cold.filesSeen());
            put(out, "import_refused", cold.refused().size());
            put(out, "import_activities", cold.activities());
            put(out, "import_mb", cold.bytesRead() / 1e6);
            put(out, "import_s", s1);
            put(out, "import_mb_per_s", cold.bytesRead() / 1e6 / s1);
            put(out, "import_activities_per_s", cold.activities() / s1);
            put(out, "rerun_s", s2);
            put(out, "rerun_decoded_bytes", again.plainBytesDecoded());
            put(out, "rerun_speedup", s1 / s2);

            long t0 = System.nanoTime();
            List<StoredActivity> all = store.activities().load(null, false, true);
            put(out, "load_all_activities_ms", (System.nanoTime() - t0) / 1e6);
            List<String> shas = all.stream().map(StoredActivity::fileSha256).distinct().toList();
            t0 = System.nanoTime();
            int summaries = Summaries.of(store, shas).size();
            put(out, "load_all_summaries_ms", (System.nanoTime() - t0) / 1e6);
            put(out, "summaries_files", summaries);

            // one run with its samples, as the dashboard's run page loads it: 200 at random, after 50 to warm up
            Random random = new Random(20261127);
            long samples = 0;
            double[] ms = new double[200];
            for (int i = -50; i < ms.length; i++) {
                StoredActivity pick = all.get(random.nextInt(all.size()));
                long q = System.nanoTime();
                samples += store.activities().one(pick.id()).orElseThrow().activity().streams().size();
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - q) / 1e6;
                }
            }
            Arrays.sort(ms);
            put(out, "load_one_run_median_ms", ms[ms.length / 2]);
            put(out, "load_one_run_p90_ms", ms[ms.length * 9 / 10]);
            put(out, "load_one_run_samples_avg", samples / 250.0);
            put(out, "store_mb", (Files.size(db) + sizeOr0(Path.of(db + "-wal"))) / 1e6);
        }
        put(out, "peak_heap_mb", peakHeapBytes() / 1e6);
        put(out, "max_heap_mb", Runtime.getRuntime().maxMemory() / 1e6);
        Files.write(Path.of(args[3]), out);
        out.forEach(System.out::println);
    }

    private static Importer importer(Store store, int workers) {
        return new Importer(store, ArchiveLimits.DEFAULT, Importer.FORMATS, Importer.defaultReaderVersion(),
                ImportListener.NONE).parallel(workers);
    }

    /** The sum of the heap pools' peak usage since the JVM started (an upper bound of the peak heap). */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long sizeOr0(Path p) throws IOException {
        return Files.exists(p) ? Files.size(p) : 0;
    }

    private static void put(List<String> out, String key, double value) {
        out.add(key + " " + (value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.4f", value)));
    }
}
