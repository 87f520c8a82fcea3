package org.heavylegs.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what ./bench measured (in target/bench: the JMH JSON, fit-file-parser's JSON lines, the
 * import and diagnose results, the machine) into the table of docs/performance.md:
 * {@code main(BENCH_DIR)} prints it and writes BENCH_DIR/results.md.
 */
public final class BenchReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<String> md = new ArrayList<>();
        md.add("## Results (" + read(dir.resolve("machine.txt")).getOrDefault("date", "?") + ")");
        md.add("");
        Map<String, String> machine = read(dir.resolve("machine.txt"));
        md.add("Machine: " + machine.getOrDefault("cpu", "?") + ", " + machine.getOrDefault("cores", "?") + " cores, "
                + machine.getOrDefault("java", "?") + ", node " + machine.getOrDefault("node", "?")
                + "; load average before " + machine.getOrDefault("load_before", "?") + ", after "
                + machine.getOrDefault("load_after", "?") + ".");
        md.add("");
        md.add("| what | corpus | ten-year athlete |");
        md.add("|---|---|---|");
        Map<String, Map<String, String>> sets = Map.of("corpus", read(dir.resolve("corpus.list.stats")),
                "tenyear", read(dir.resolve("tenyear.list.stats")));
        md.add(row("files (FIT, read by our reader) / bytes", sets, s -> s.get("files") + " files, "
                + mb(Double.parseDouble(s.get("bytes"))) + ", " + s.get("records") + " records"));

        JsonNode jmh = JSON.readTree(dir.resolve("jmh.json").toFile());
        Map<String, JsonNode> byKey = new HashMap<>();
        for (JsonNode b : jmh) {
            String name = b.get("benchmark").asText();
            String list = b.at("/params/list").asText();
            byKey.put(name.substring(name.lastIndexOf('.') + 1) + "|" + (list.contains("tenyear") ? "tenyear" : "corpus"), b);
        }
        for (String bench : List.of("read", "readAndClean", "scan")) {
            String label = switch (bench) {
                case "read" -> "**our decoder** (bytes to activities with columnar streams), MB/s CPU / wall; records/s CPU";
                case "readAndClean" -> "our decoder + cleaning rules (what an import does), MB/s CPU / wall";
                default -> "plain byte scan of the same buffers (JMH), MB/s CPU / wall";
            };
            md.add(row(label, sets, (set, s) -> {
                JsonNode b = byKey.get(bench + "|" + set);
                if (b == null) {
                    return "not run";
                }
                double bytes = Double.parseDouble(s.get("bytes"));
                double cpuMs = cpuMsPerOp(b);
                double wallMs = b.at("/primaryMetric/score").asDouble();
                String text = String.format(Locale.ROOT, "%.0f / %.0f", bytes / 1e3 / cpuMs, bytes / 1e3 / wallMs);
                if (bench.equals("read")) {
                    text += String.format(Locale.ROOT, "; %.1f M records/s", Double.parseDouble(s.get("records")) / cpuMs / 1e3);
                }
                return text;
            }));
        }
        md.add(row("floor, part 1: the decoder's first pass alone (file CRC, FitFloorBench), ns per input byte CPU", sets,
                (set, s) -> nsPerByte(byKey.get("firstPass|" + set), s)));
        md.add(row("floor, part 2: writing the decoder's output arrays at exact length (FitFloorBench), ns per input byte CPU",
                sets, (set, s) -> nsPerByte(byKey.get("writeColumns|" + set), s)));
        md.add(row("our decoder, ns per input byte CPU: total, and what is left after the two floor parts", sets, (set, s) -> {
            JsonNode read = byKey.get("read|" + set);
            JsonNode crc = byKey.get("firstPass|" + set);
            JsonNode write = byKey.get("writeColumns|" + set);
            if (read == null || crc == null || write == null) {
                return "not run";
            }
            double bytes = Double.parseDouble(s.get("bytes"));
            double total = cpuMsPerOp(read) * 1e6 / bytes;
            double left = total - (cpuMsPerOp(crc) + cpuMsPerOp(write)) * 1e6 / bytes;
            return String.format(Locale.ROOT, "%.3f; %.3f left (at 1 GB/s: 1.000 in all)", total, left);
        }));
        md.add(row("our decoder vs the byte scan (CPU time)", sets, (set, s) -> {
            JsonNode read = byKey.get("read|" + set);
            JsonNode scan = byKey.get("scan|" + set);
            return read == null || scan == null ? "not run"
                    : String.format(Locale.ROOT, "scan is %.1fx faster", cpuMsPerOp(read) / cpuMsPerOp(scan));
        }));

        Map<String, JsonNode> ffp = new HashMap<>();
        Path ffpFile = dir.resolve("fit-file-parser.json");
        if (Files.exists(ffpFile)) {
            for (String line : Files.readAllLines(ffpFile)) {
                if (line.startsWith("{")) {
                    JsonNode n = JSON.readTree(line);
                    ffp.put(n.get("list").asText().contains("tenyear") ? "tenyear" : "corpus", n);
                }
            }
        }
        md.add(row("fit-file-parser 6 (npm, Node " + machine.getOrDefault("node", "?") + "), MB/s CPU / wall; records/s CPU",
                sets, (set, s) -> {
                    JsonNode n = ffp.get(set);
                    return n == null ? "not run" : String.format(Locale.ROOT, "%.1f / %.1f; %.2f M records/s%s",
                            n.get("mb_per_s_cpu").asDouble(), n.get("mb_per_s_wall").asDouble(),
                            n.get("records_per_s_cpu").asDouble() / 1e6,
                            n.get("failed").asInt() > 0 ? " (" + n.get("failed").asInt() + " files it could not read)" : "");
                }));

        Map<String, Map<String, String>> imports = Map.of("corpus", read(dir.resolve("import-corpus.txt")),
                "tenyear", read(dir.resolve("import-tenyear.txt")));
        md.add(row("import, cold (2 workers): s; MB/s; activities/s", imports, s -> s.isEmpty() ? "not run"
                : String.format(Locale.ROOT, "%.2f s; %.1f MB/s; %.0f activities/s (%s activities, %s refused files)",
                d(s, "import_s"), d(s, "import_mb_per_s"), d(s, "import_activities_per_s"), s.get("import_activities"),
                s.get("import_refused"))));
        md.add(row("import again, nothing changed: s (speed-up)", imports, s -> s.isEmpty() ? "not run"
                : String.format(Locale.ROOT, "%.3f s (%.0fx), %s bytes decoded", d(s, "rerun_s"), d(s, "rerun_speedup"),
                s.get("rerun_decoded_bytes"))));
        md.add(row("load one run with its samples (dashboard), median / p90", imports, s -> s.isEmpty() ? "not run"
                : String.format(Locale.ROOT, "%.2f ms / %.2f ms (%.0f samples on average)", d(s, "load_one_run_median_ms"),
                d(s, "load_one_run_p90_ms"), d(s, "load_one_run_samples_avg"))));
        md.add(row("load every summary (history without samples)", imports, s -> s.isEmpty() ? "not run"
                : String.format(Locale.ROOT, "%.0f ms", d(s, "load_all_summaries_ms"))));
        md.add(row("store size; import peak heap (JVM -Xmx1g)", imports, s -> s.isEmpty() ? "not run"
                : String.format(Locale.ROOT, "%.0f MB; %.0f MB", d(s, "store_mb"), d(s, "peak_heap_mb"))));

        for (String run : List.of("cold", "warm")) {
            Map<String, String> t = read(dir.resolve("diagnose-" + run + ".txt"));
            String text = t.isEmpty() ? "not run" : String.format(Locale.ROOT,
                    "%.2f s wall (exit %s); peak heap %s MB at a GC (of 1024), RSS %.0f MB", d(t, "wall_s"), t.get("exit"),
                    t.getOrDefault("gc_peak_mb", "?"), d(t, "rss_kb") / 1024);
            md.add("| `diagnose DIR` " + run + (run.equals("cold") ? " (import + diagnose, empty store)" : " (unchanged folder)")
                    + " via the CLI jar, -Xmx1g | | " + text + " |");
        }
        Map<String, String> trends = read(dir.resolve("trends-warm.txt"));
        if (!trends.isEmpty()) {
            md.add(String.format(Locale.ROOT, "| `trends DIR` (unchanged folder) | | %.2f s wall; RSS %.0f MB |",
                    d(trends, "wall_s"), d(trends, "rss_kb") / 1024));
        }
        Files.write(dir.resolve("results.md"), md);
        md.forEach(System.out::println);
    }

    private static String nsPerByte(JsonNode b, Map<String, String> set) {
        return b == null ? "not run"
                : String.format(Locale.ROOT, "%.3f", cpuMsPerOp(b) * 1e6 / Double.parseDouble(set.get("bytes")));
    }

    private static double cpuMsPerOp(JsonNode b) {
        double cpuNs = b.at("/secondaryMetrics/cpuNs/score").asDouble();
        double ops = b.at("/secondaryMetrics/ops/score").asDouble();
        return cpuNs / ops / 1e6;
    }

    private interface Cell {
        String of(String set, Map<String, String> values);
    }

    private static String row(String label, Map<String, Map<String, String>> sets, java.util.function.Function<Map<String, String>, String> cell) {
        return row(label, sets, (set, s) -> cell.apply(s));
    }

    private static String row(String label, Map<String, Map<String, String>> sets, Cell cell) {
        return "| " + label + " | " + cell.of("corpus", sets.get("corpus")) + " | " + cell.of("tenyear", sets.get("tenyear")) + " |";
    }

    private static double d(Map<String, String> m, String key) {
        String v = m.get(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    private static String mb(double bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** "key value" lines (value: the rest of the line); empty when the file is missing. */
    static Map<String, String> read(Path file) throws IOException {
        Map<String, String> m = new HashMap<>();
        if (!Files.exists(file)) {
            return m;
        }
        for (String line : Files.readAllLines(file)) {
            int sp = line.indexOf(' ');
            if (sp > 0) {
                m.put(line.substring(0, sp), line.substring(sp + 1).trim());
            }
        }
        return m;
    }
}
