package org.heavylegs.store.imports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.formats.archive.ArchiveLimits;
import org.heavylegs.store.Store;
import org.heavylegs.store.SyntheticActivitiesAccess;

/**
 * The import run in a child JVM by {@link ImportKillTest}: args JDBC-URL USER PASSWORD FOLDER. Its files hold
 * "SYNTH seed seconds"; the decoder makes a synthetic run of that many seconds from the seed, so the
 * test needs no activity reader and every file yields a known activity.
 */
public final class ImportChild {
    private ImportChild() {
    }

    static final Importer.Decoder SYNTHETIC = (name, bytes) -> {
        String[] parts = new String(bytes, StandardCharsets.US_ASCII).trim().split(" ");
        long seed = Long.parseLong(parts[1]);
        int seconds = Integer.parseInt(parts[2]);
        Activity a = SyntheticActivitiesAccess.run(seed, Instant.parse("2026-01-01T06:00:00Z").plusSeconds(seed * 86_400), seconds);
        return List.of(a);
    };

    public static void main(String[] args) {
        try (Store store = Store.open(args[0], args[1], args[2])) {
            ImportReport r = new Importer(store, ArchiveLimits.DEFAULT, SYNTHETIC, "test", ImportListener.NONE)
                    .run(List.of(Path.of(args[3])));
            System.out.println("imported " + r.filesImported());
        }
    }
}
