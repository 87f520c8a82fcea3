package org.heavylegs.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.heavylegs.formats.UnreadableFileException;
import org.heavylegs.formats.fit.FitReader;

/**
 * The FIT files a benchmark runs on, so that every decoder (ours, fit-file-parser, the byte scan)
 * reads exactly the same bytes: {@code main(ROOT, LIST)} writes the FIT files under ROOT that our
 * reader accepts, one absolute path a line, to LIST, and says how many it left out (files that
 * hold no activity or are refused as damaged: timing a refusal is not timing a decode). LIST.stats
 * gets the totals the report needs: files, bytes, and records (samples of the activities read).
 */
public final class BenchFiles {

    private BenchFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BenchFiles ROOT LIST");
            System.exit(2);
        }
        List<Path> all = fitFiles(Path.of(args[0]));
        List<String> accepted = new ArrayList<>();
        long bytes = 0;
        long records = 0;
        int refused = 0;
        FitReader reader = new FitReader();
        for (Path p : all) {
            byte[] data = Files.readAllBytes(p);
            try {
                for (org.heavylegs.core.activity.Activity a : reader.read(p.toString(), data)) {
                    records += a.streams().size();
                }
                accepted.add(p.toAbsolutePath().toString());
                bytes += data.length;
            } catch (UnreadableFileException e) {
                refused++;
            }
        }
        Files.write(Path.of(args[1]), accepted);
        Files.write(Path.of(args[1] + ".stats"), List.of("files " + accepted.size(), "bytes " + bytes,
                "records " + records, "refused " + refused, "found " + all.size()));
        System.out.printf(Locale.ROOT, "%s: %d FIT files, %d read (%.1f MB), %d refused and left out%n",
                args[0], all.size(), accepted.size(), bytes / 1e6, refused);
    }

    /** Every *.fit (any case) under root, sorted. */
    static List<Path> fitFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".fit"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files named in a list written by {@link #main}, with their bytes. */
    public static List<byte[]> load(Path list, List<String> names) {
        try {
            List<byte[]> out = new ArrayList<>();
            for (String line : Files.readAllLines(list)) {
                if (!line.isBlank()) {
                    names.add(line);
                    out.add(Files.readAllBytes(Path.of(line)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
