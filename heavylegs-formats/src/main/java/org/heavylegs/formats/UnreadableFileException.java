package org.heavylegs.formats;

/**
 * A file that gave no usable activity. The message is one line a user can act on:
 * {@code FILE: reason (at offset N)}.
 */
public final class UnreadableFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a file was refused. */
    public enum Kind {
        /** Not a format we read (detected by content). */
        UNKNOWN_FORMAT,
        /** A FIT or XML header that is not valid. */
        CORRUPT_HEADER,
        /** Ends before its first usable record. */
        TRUNCATED,
        /** Structure broken before any usable record (bad definition, bad XML). */
        CORRUPT_DATA,
        /** A valid file of a kind that holds no activity (settings, workout, monitoring...). */
        NO_ACTIVITY,
        /** XML asking for DTDs or external entities, which we never resolve. */
        HOSTILE_XML,
        /** Compressed data that is broken or expands beyond our limits. */
        BAD_COMPRESSION,
        /** Reading the file failed at the operating-system level. */
        IO
    }

    private final String file;
    private final Kind kind;
    private final String reason;
    private final long offset;
    private final boolean lineBased;

    /** A binary-format problem at a byte offset (-1 when none applies). */
    public UnreadableFileException(String file, Kind kind, String reason, long offset) {
        this(file, kind, reason, offset, false);
    }

    private UnreadableFileException(String file, Kind kind, String reason, long offset, boolean lineBased) {
        super(file + ": " + reason + (offset < 0 ? "" : lineBased ? " (at line " + offset + ")" : " (at offset " + offset + ")"));
        this.file = file;
        this.kind = kind;
        this.reason = reason;
        this.offset = offset;
        this.lineBased = lineBased;
    }

    /** A text-format problem at a line, counted as an editor shows it (first line is 1). */
    public static UnreadableFileException atLine(String file, Kind kind, String reason, long line) {
        return new UnreadableFileException(file, kind, reason, line, true);
    }

    public UnreadableFileException(String file, Kind kind, String reason) {
        this(file, kind, reason, -1);
    }

    public String file() {
        return file;
    }

    public Kind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    /** Byte offset (binary formats) or line (text formats, see {@link #isLineBased()}) of the problem, or -1. */
    public long offset() {
        return offset;
    }

    public boolean isLineBased() {
        return lineBased;
    }
}
