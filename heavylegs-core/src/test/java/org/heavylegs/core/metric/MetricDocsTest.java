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

    /**
     * Issue 3: "one page per metric: formula, units, reference, known limits". Each metric's first key
     * is in the title of a page of its own, and that page says what the metric cannot do.
     */
    @Test
    void everyMetricHasAPageWithItsLimits() throws IOException {
        Path docs = Path.of("..", "docs", "science", "metrics");
        java.util.Map<Path, String> titles = new java.util.HashMap<>();
        try (Stream<Path> pages = Files.list(docs)) {
            for (Path p : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                titles.put(p, Files.readAllLines(p).get(0));
            }
        }
        for (Metric m : Metrics.all()) {
            String key = "`" + m.keys().get(0) + "`";
            java.util.List<Path> own = titles.entrySet().stream().filter(e -> e.getValue().startsWith("# ")
                    && e.getValue().contains(key)).map(java.util.Map.Entry::getKey).toList();
            assertThat(own).as("the page whose title names " + key).hasSize(1);
            assertThat(Files.readString(own.get(0))).as(own.get(0) + " states its limits").contains("**Limits");
        }
    }
}
