package org.heavylegs.formats.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.formats.Corpus;
import org.heavylegs.formats.UnreadableFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decoder's output on every FIT file of the corpus is bit for bit what it was when the
 * digests in fit-output-digests.txt were recorded ({@link FitOutputDigest}; recorded with the
 * decoder of commit b4540b7, whose output FitSdkOracleTest, FitCorpusTest and FitQuirksTest had
 * checked, before the decoder was restructured for speed). A change that means to change the
 * output must re-record the digests of the files it changes, and say why.
 */
class FitOutputDigestTest {

    static Map<String, String> recorded() throws IOException {
        return recorded("fit-output-digests.txt");
    }

    /** Digests by name (file, or "file seed" for a damaged copy) from a resource of "digest name" lines. */
    static Map<String, String> recorded(String resource) throws IOException {
        Map<String, String> byFile = new LinkedHashMap<>();
        try (InputStream in = FitOutputDigestTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    int space = line.indexOf(' ');
                    byFile.put(line.substring(space + 1), line.substring(0, space));
                }
            }
        }
        return byFile;
    }

    static List<Path> files() {
        return Corpus.files("fit");
    }

    @ParameterizedTest
    @MethodSource("files")
    void outputIsAsRecorded(Path file) throws IOException {
        String name = Corpus.root().relativize(file).toString().replace('\\', '/');
        String expected = recorded().get(name);
        assertThat(expected).as("a digest is recorded for %s", name).isNotNull();
        assertThat(FitOutputDigest.of(name, Files.readAllBytes(file))).as(name).isEqualTo(expected);
    }

    /** The damaged copies of FitFuzzTest (same files, seeds and mutations): the paths that resume after damage. */
    static Stream<Arguments> damaged() {
        return FitFuzzTest.cases();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("damaged")
    void damagedOutputIsAsRecorded(String file, long seed) throws IOException {
        byte[] data = FitFuzzTest.mutate(FitQuirksTest.corpus(file), new Random(seed));
        String expected = recorded("fit-output-digests-damaged.txt").get(file + " " + seed);
        assertThat(expected).as("a digest is recorded for %s seed %d", file, seed).isNotNull();
        assertThat(FitOutputDigest.of("fuzz.fit", data)).as(file + " seed " + seed).isEqualTo(expected);
    }

    /**
     * The reader decodes into arrays it reuses from file to file ({@link Scratch}): activities read
     * earlier on the same thread, and kept while later files are read, must not change.
     */
    @Test
    void activitiesKeptWhileLaterFilesAreReadStayAsRecorded() throws IOException {
        Map<String, String> expected = recorded();
        FitReader reader = new FitReader();
        Map<String, String> digests = new LinkedHashMap<>();
        Map<String, List<Activity>> kept = new LinkedHashMap<>();
        for (Path file : files()) {
            String name = Corpus.root().relativize(file).toString().replace('\\', '/');
            try {
                kept.put(name, reader.read(name, Files.readAllBytes(file)));
            } catch (UnreadableFileException e) {
                digests.put(name, FitOutputDigest.refused(e));
            }
        }
        kept.forEach((name, activities) -> digests.put(name, FitOutputDigest.of(activities)));
        assertThat(kept).hasSizeGreaterThan(80);
        for (Map.Entry<String, String> e : digests.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).isEqualTo(expected.get(e.getKey()));
        }
    }

    @Test
    void everyRecordedFileIsInTheCorpus() throws IOException {
        Path root = Corpus.root();
        for (String name : recorded().keySet()) {
            assertThat(root.resolve(name)).isRegularFile();
        }
        assertThat(recorded()).hasSize(files().size());
    }
}
