package org.heavylegs.store.imports;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The file on disk an import is reading, and for an archive the content hashes of its members. */
final class DiskFile {
    final Path file;
    final long size;
    final long modified;
    final boolean archive;
    /** Entry chain inside the archive -> content hash. */
    final Map<String, String> members = new LinkedHashMap<>();
    /** False once anything in it was refused: then the archive is read again next time. */
    boolean clean = true;

    DiskFile(Path file, long size, long modified, boolean archive) {
        this.file = file;
        this.size = size;
        this.modified = modified;
        this.archive = archive;
    }
}
