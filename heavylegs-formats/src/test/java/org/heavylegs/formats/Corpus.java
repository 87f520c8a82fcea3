package org.heavylegs.formats;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where tests find the real activity files of ../shared/corpus. The location comes from the system
 * property {@code heavylegs.corpus}. When the folder is absent, tests are skipped with a visible
 * message, unless {@code heavylegs.corpus.required=true} (set by .ci/run), which makes it a failure.
 */
public final class Corpus {
    private Corpus() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("heavylegs.corpus", "../shared/corpus")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            String msg = "corpus not found at " + root + " (set -Dheavylegs.corpus=DIR)";
            if (Boolean.getBoolean("heavylegs.corpus.required")) {
                fail(msg + "; heavylegs.corpus.required=true makes this a failure");
            }
            System.err.println("SKIPPED: " + msg);
            abort(msg);
        }
        return root;
    }

    /** A file of the corpus by its path inside it, e.g. "python-fitparse/activity-filecrc.fit". */
    public static Path file(String relative) {
        Path p = root().resolve(relative);
        if (!Files.isRegularFile(p)) {
            fail("corpus file missing: " + p);
        }
        return p;
    }

    /** Every file of the corpus with one of the given extensions (lower-case, no dot), sorted. */
    public static List<Path> files(String... extensions) {
        Path root = root();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                        for (String ext : extensions) {
                            if (name.endsWith("." + ext)) {
                                return true;
                            }
                        }
                        return false;
                    })
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of a corpus file relative to the corpus root, for test names and messages. */
    public static String name(Path p) {
        return root().relativize(p).toString();
    }
}
