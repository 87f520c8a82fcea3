package org.heavylegs.report;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered output with a reviewed file under src/test/resources/golden. Any difference
 * fails with the first differing line. Run with -Dheavylegs.golden.update=true to rewrite the files
 * deliberately, then review the change (git diff, and open the HTML in a browser) before committing.
 */
public final class GoldenFiles {
    public static final String UPDATE_PROPERTY = "heavylegs.golden.update";
    private static final Path DIR = Path.of("src", "test", "resources", "golden");

    private GoldenFiles() {
    }

    public static void assertMatches(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                System.out.println("golden file rewritten: " + file.toAbsolutePath() + " (review it before committing)");
                return;
            }
            if (!Files.exists(file)) {
                fail("golden file " + file + " does not exist. " + howToRegenerate());
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                fail("golden file " + file + " differs from the rendered output " + firstDifference(expected, actual)
                        + "\n" + howToRegenerate());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String howToRegenerate() {
        return "If the change is deliberate, regenerate with\n"
                + "  ./mvnw -q -B -pl heavylegs-report -am test -D" + UPDATE_PROPERTY + "=true\n"
                + "and review the result (git diff; open the HTML in a browser) before committing.";
    }

    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end of file>";
            String al = i < a.length ? a[i] : "<end of file>";
            if (!el.equals(al)) {
                return "at line " + (i + 1) + ":\n  expected: " + clip(el) + "\n  actual:   " + clip(al);
            }
        }
        return "(line ends differ)";
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
