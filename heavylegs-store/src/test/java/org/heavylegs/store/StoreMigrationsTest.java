package org.heavylegs.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Store.open skips Flyway when the newest migration is applied: that "newest" must be the newest file. */
class StoreMigrationsTest extends DatabaseTestBase {


    @Test
    void latestMigrationIsTheNewestMigrationFile() throws IOException, URISyntaxException {
        Path folder = Path.of(Store.class.getResource("/db/migration").toURI());
        List<String> versions;
        try (Stream<Path> files = Files.list(folder)) {
            versions = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V[0-9_]+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")).replace('_', '.'))
                    .sorted(Comparator.comparing(StoreMigrationsTest::key))
                    .toList();
        }
        assertThat(versions).isNotEmpty();
        assertThat(versions.get(versions.size() - 1)).as("Store.LATEST_MIGRATION").isEqualTo(Store.LATEST_MIGRATION);
    }

    @Test
    void aStoreOpensAgainWithItsSchema() {
        try (Store store = open()) {
            assertThat(store.activities().count()).isZero();
        }
        try (Store store = open()) { // Flyway skipped: the schema is there and usable
            assertThat(store.activities().count()).isZero();
            assertThat(store.files().counts()).containsExactly(0, 0);
        }
    }

    /** A version as a sortable key: each dot-separated part zero-padded. */
    private static String key(String version) {
        StringBuilder sb = new StringBuilder();
        for (String part : version.split("\\.")) {
            sb.append(String.format("%08d.", Integer.parseInt(part)));
        }
        return sb.toString();
    }
}
