package org.heavylegs.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same scenario (same seed) written twice gives byte-identical folders. */
class DeterminismTest {

    static Stream<String> ids() {
        return Scenarios.all().stream().map(Scenario::id);
    }

    @ParameterizedTest
    @MethodSource("ids")
    void sameSeedSameBytes(String id, @TempDir Path dir) throws IOException {
        Scenario s = Scenarios.byId(id).orElseThrow();
        AthleteFolderWriter.write(s.generate(), dir.resolve("a"));
        AthleteFolderWriter.write(s.generate(), dir.resolve("b"));
        List<Path> a = files(dir.resolve("a"));
        assertThat(files(dir.resolve("b"))).isEqualTo(a);
        assertThat(a).isNotEmpty();
        for (Path rel : a) {
            assertThat(Files.mismatch(dir.resolve("a").resolve(rel), dir.resolve("b").resolve(rel)))
                    .as("%s differs", rel).isEqualTo(-1L);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
