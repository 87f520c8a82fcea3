package org.heavylegs.formats.archive;

/** Decompressed bytes left for one top-level archive. */
final class Budget {
    final long limit;
    private long used;

    Budget(long limit) {
        this.limit = limit;
    }

    /** Counts n more bytes; false once the limit is passed. */
    boolean take(long n) {
        used += n;
        return used <= limit;
    }
}
