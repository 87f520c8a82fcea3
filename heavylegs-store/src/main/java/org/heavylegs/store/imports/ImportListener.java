package org.heavylegs.store.imports;

/** Follows an import, e.g. to draw a progress bar. Called on the importing thread. */
public interface ImportListener {

    ImportListener NONE = new ImportListener() {
    };

    /** Before the first file, with the bytes on disk of all inputs. */
    default void started(long totalBytes) {
    }

    /** After each file or archive chunk; the report holds the counts so far. */
    default void progress(long bytesRead, ImportReport soFar) {
    }

    /** A file or entry was refused. */
    default void refused(ImportReport.Refusal refusal) {
    }
}
