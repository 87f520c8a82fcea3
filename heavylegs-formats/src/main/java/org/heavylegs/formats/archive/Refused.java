package org.heavylegs.formats.archive;

/** A refusal travelling up through nested archives, until the walk hands it to the visitor. */
final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    /** The entry refused, or null when the caller names it. */
    final String entry;
    final ArchiveRefusal.Kind kind;

    Refused(String entry, ArchiveRefusal.Kind kind, String reason) {
        super(reason, null, false, false);
        this.entry = entry;
        this.kind = kind;
    }

    ArchiveRefusal refusal(String fallbackName) {
        return new ArchiveRefusal(entry == null ? fallbackName : entry, kind, getMessage());
    }
}
