package org.heavylegs.store.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.heavylegs.formats.Corpus;
import org.heavylegs.formats.archive.ArchiveLimits;
import org.heavylegs.store.Store;
import org.heavylegs.store.StoredActivity;
import org.heavylegs.store.DatabaseTestBase;
import org.junit.jupiter.api.Test;

/**
 * An import on several threads stores exactly what the serial one stores: the same files, the same
 * activities in the same order (ids), the same samples, refusals, duplicates and report.
 */
class ParallelImportTest extends DatabaseTestBase {


    @Test
    void fourWorkersStoreWhatOneStores() throws IOException {
        List<Path> inputs = new ArrayList<>(Corpus.files("fit", "tcx", "gpx"));
        // a refused file twice in a row (refused twice), and a good one again at the end (a duplicate)
        inputs.add(1, inputs.get(0));
        inputs.add(inputs.get(5));
        assertThat(inputs).hasSizeGreaterThan(100);

        String one = importWith(1, inputs, "one.db");
        String four = importWith(4, inputs, "four.db");
        assertThat(four).isEqualTo(one);
        assertThat(one).contains(" duplicates 1 ").contains("WorkoutRepeatSteps.fit: a FIT workout file");
    }

    private String importWith(int workers, List<Path> inputs, String db) {
        try (Store store = open(db)) {
            ImportReport r = new Importer(store, ArchiveLimits.DEFAULT, Importer.FORMATS, "test", ImportListener.NONE)
                    .parallel(workers).run(inputs);
            StringBuilder sb = new StringBuilder();
            sb.append("imported ").append(r.filesImported()).append(" activities ").append(r.activities())
                    .append(" duplicates ").append(r.duplicates()).append(" decoded ").append(r.plainBytesDecoded())
                    .append(" refused ").append(r.refused()).append('\n');
            for (StoredActivity a : store.activities().load(null, true, true)) {
                sb.append(a.id()).append(' ').append(a.fileSha256()).append(' ').append(a.sessionIndex()).append(' ')
                        .append(a.activity().start()).append(' ').append(a.totals()).append(' ').append(a.duplicateOf())
                        .append(' ').append(a.activity().streams().size()).append(' ')
                        .append(a.activity().streams().channels().stream().map(c -> c.key() + "="
                                + java.util.Arrays.hashCode(a.activity().streams().get(c))).collect(Collectors.joining(",")))
                        .append('\n');
            }
            sb.append(store.locations().all().values());
            return sb.toString();
        }
    }
}
