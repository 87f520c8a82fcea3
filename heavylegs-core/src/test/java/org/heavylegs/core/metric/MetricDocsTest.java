package org.heavylegs.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every metric key is explained in docs/science/metrics (the pages are how a user learns what a number means). */
class MetricDocsTest {

    @Test
    void everyKeyHasItsPage() throws IOException {
        Path docs = Path.of("..", "docs", "science", "metrics");
        assertThat(docs).isDirectory();
        String all;
        try (Stream<Path> pages = Files.list(docs)) {
            all = pages.filter(p -> p.toString().endsWith(".md")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
        for (String key : Metrics.keys()) {
            assertThat(all).as("docs mention `" + key + "`").contains("`" + key + "`");
        }
    }
}
