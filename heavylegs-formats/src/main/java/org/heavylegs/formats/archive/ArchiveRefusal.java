package org.heavylegs.formats.archive;

/**
 * Why an archive entry (or the rest of an archive) was not read. Every refusal names the entry
 * (display name with "!/" between archive levels) and a reason a user can act on.
 */
public record ArchiveRefusal(String name, Kind kind, String reason) {

    /** The kinds of refusal, for counting and tests. */
    public enum Kind {
        /** An entry name that would leave the extraction folder: "..", absolute, drive letter. */
        UNSAFE_NAME,
        /** Expands beyond the size or ratio limits: a possible zip bomb. */
        TOO_LARGE,
        /** Archives nested deeper than allowed. */
        TOO_DEEP,
        /** More entries than allowed. */
        TOO_MANY_ENTRIES,
        /** Broken zip or gzip data. */
        CORRUPT,
        /** Reading from disk failed. */
        IO
    }

    @Override
    public String toString() {
        return name + ": " + reason;
    }
}
