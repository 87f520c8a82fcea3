package org.heavylegs.formats.fit;

import java.util.Arrays;
import org.heavylegs.formats.UnreadableFileException;
import org.heavylegs.formats.UnreadableFileException.Kind;

/**
 * Decodes a FIT file (or a chain of FIT files written one after the other) in two passes per
 * file of the chain: {@link FirstPass} computes the file CRC; the second pass
 * ({@link MessageLoop}) checks each message, compiles definitions into plans, finds the records
 * ({@link RecordLoop}) and reads the other messages we use ({@link Captures}); the records' fields
 * are decoded column by column ({@link FieldColumns}) into columns reused from file to file
 * ({@link Scratch}). Damage stops decoding and is recorded in the {@link FitContent}; only a
 * broken first header is thrown. docs/decisions/fit-decoder.md says what was measured and why the
 * loops look the way they do.
 *
 * <p>Layout (public FIT protocol): a header of at least 12 bytes (size, protocol version, profile
 * version, data size as little-endian uint32, ".FIT", and in 14-byte headers a CRC of the first 12
 * bytes, 0 when not computed), then data-size bytes of messages, then the CRC of header and data.
 */
final class FitDecoder {
    static final int MIN_HEADER_SIZE = 12;
    private static final int CRC_SIZE = 2;

    private final String source;
    private final byte[] d;
    private final FitContent out;
    private final RecordTable table;
    private final DecoderState state;
    private final Captures captures;
    private final Resync resync;
    private final MessageLoop messages;
    private final FirstPass firstPass = new FirstPass();
    private int part;

    /** A decoder on fresh arrays: the content it gives may be kept. */
    FitDecoder(String source, byte[] data) {
        this(source, data, new Scratch());
    }

    /** A decoder on borrowed arrays: copy out of its content what must outlive them. */
    FitDecoder(String source, byte[] data, Scratch scratch) {
        this.source = source;
        this.d = data;
        this.out = new FitContent(scratch);
        this.table = out.records;
        this.state = new DecoderState(source, data, out);
        this.captures = new Captures(state);
        this.resync = new Resync(state);
        this.messages = new MessageLoop(state, captures, resync);
    }

    /** True when the bytes at {@code pos} look like a FIT file header. */
    static boolean isHeader(byte[] d, int pos) {
        return d.length - pos >= MIN_HEADER_SIZE && (d[pos] & 0xFF) >= MIN_HEADER_SIZE
                && d[pos + 8] == '.' && d[pos + 9] == 'F' && d[pos + 10] == 'I' && d[pos + 11] == 'T';
    }

    /**
     * A header whose ".FIT" signature may be damaged: a 12- or 14-byte size and a protocol version
     * of major 1 or 2, or the signature itself.
     */
    static boolean looksLikeHeader(byte[] d, int pos) {
        if (d.length - pos < MIN_HEADER_SIZE) {
            return false;
        }
        int size = d[pos] & 0xFF;
        int major = (d[pos + 1] & 0xFF) >>> 4;
        return isHeader(d, pos) || (size == 12 || size == 14) && (major == 1 || major == 2);
    }

    FitContent decode() throws UnreadableFileException {
        checkFirstHeader();
        int pos = 0;
        while (pos >= 0 && pos < d.length) {
            if (part > 0 && !isHeader(d, pos)) {
                trailing(pos);
                break;
            }
            pos = readPart(pos);
            part++;
        }
        finish();
        return out;
    }

    private void checkFirstHeader() throws UnreadableFileException {
        if (d.length < MIN_HEADER_SIZE) {
            throw new UnreadableFileException(source, Kind.CORRUPT_HEADER,
                    "only " + d.length + " bytes, too short for a FIT file header", 0);
        }
        int size = d[0] & 0xFF;
        if (d[8] != '.' || d[9] != 'F' || d[10] != 'I' || d[11] != 'T') {
            throw new UnreadableFileException(source, Kind.CORRUPT_HEADER,
                    "FIT header without its \".FIT\" signature", 8);
        }
        if (size < MIN_HEADER_SIZE || size > d.length) {
            throw new UnreadableFileException(source, Kind.CORRUPT_HEADER,
                    "FIT header size " + size + " is impossible", 0);
        }
    }

    /** Bytes after the last chained file that are not another FIT header. */
    private void trailing(int pos) {
        int n = d.length - pos;
        boolean zeros = true;
        for (int i = pos; i < d.length && zeros; i++) {
            zeros = d[i] == 0;
        }
        if (zeros) {
            out.warnings.add(n + " zero bytes of padding after the FIT data ignored");
        } else if (n >= MIN_HEADER_SIZE && looksLikeHeader(d, pos)) {
            out.damage(Kind.CORRUPT_HEADER, "the header of chained FIT file " + (part + 1)
                    + " is corrupt; its " + n + " bytes were not read", pos);
        } else {
            out.damage(Kind.CORRUPT_DATA, n + " bytes after the end of the FIT data are not a FIT file; ignored", pos);
        }
    }

    /** Reads one FIT file of the chain; returns where the next one starts, or -1 when decoding stopped. */
    private int readPart(int pos) {
        int headerSize = d[pos] & 0xFF;
        if (pos + headerSize > d.length) {
            out.damage(Kind.TRUNCATED, "file ends inside the header of chained FIT file " + (part + 1), pos);
            return -1;
        }
        if (headerSize >= 14) {
            int stored = BaseType.u16le(d, pos + 12);
            int computed = FitCrc.update(0, d, pos, pos + 12);
            if (stored != 0 && stored != computed) {
                out.warnings.add("header CRC does not match (stored " + stored + ", computed " + computed
                        + ") at byte " + pos + "; the data was read anyway and checked by the file CRC");
            }
        }
        long dataSize = BaseType.s32le(d, pos + 4) & 0xFFFFFFFFL;
        int dataStart = pos + headerSize;
        long declaredEnd = dataStart + dataSize;
        boolean sizeUnknown = dataSize == 0;
        boolean complete = !sizeUnknown && declaredEnd + CRC_SIZE <= d.length;
        int end;
        if (sizeUnknown) {
            end = d.length;
            out.warnings.add("the header of FIT file " + (part + 1) + " gives no data size; read to the end of the file without a CRC check");
        } else {
            end = (int) Math.min(declaredEnd, d.length);
        }

        state.part = part;
        state.startPart();
        captures.startPart();
        out.startPart();

        // First pass: the CRC of header and data; the second decodes.
        int crc = firstPass.crc(d, pos, end);
        int stoppedAt = messages.messages(dataStart, end, complete);
        if (sizeUnknown) {
            return -1;
        }
        if (!complete) {
            if (stoppedAt < 0) {
                out.damage(Kind.TRUNCATED, "file ends " + (declaredEnd + CRC_SIZE - d.length)
                        + " bytes before the end its header announces; kept what was read", d.length);
            }
            return -1;
        }
        // The CRC covers the whole data section even when decoding stopped early: a match means the
        // damage is how the device wrote the file, not a corruption of it.
        int storedCrc = BaseType.u16le(d, end);
        if (storedCrc != crc) {
            out.damage(Kind.CORRUPT_DATA, "file CRC does not match (stored " + storedCrc + ", computed " + crc
                    + "); the data may be damaged", end);
        } else if (stoppedAt >= 0) {
            out.warnings.add("the file CRC matches: the damage above is in the file as the device wrote it");
        }
        return stoppedAt < 0 ? end + CRC_SIZE : -1;
    }

    /** Gives records read before any timestamp the first known time, and reports what was repaired. */
    private void finish() {
        table.finish();
        String resumptions = resync.laterResumptions();
        if (resumptions != null) {
            out.warnings.add(resumptions);
        }
        if (state.untimedRecords > 0) {
            out.warnings.add(state.untimedRecords + " records without a timestamp took the time of the message before them");
        }
        if (state.compressedWithoutReference > 0) {
            out.warnings.add(state.compressedWithoutReference + " compressed-timestamp messages came before any full timestamp");
        }
        double[] time = table.time();
        int rows = table.rows();
        int firstTimed = 0;
        while (firstTimed < rows && time[firstTimed] != time[firstTimed]) {
            firstTimed++;
        }
        if (firstTimed > 0 && firstTimed < rows) {
            Arrays.fill(time, 0, firstTimed, time[firstTimed]);
            out.warnings.add(firstTimed + " records before the first timestamp were given its time");
        }
        // One pass for what the reader and the assembler ask of the time column.
        int untimed = 0;
        boolean systemTime = false;
        for (int i = 0; i < rows; i++) {
            double t = time[i];
            untimed += t != t ? 1 : 0;
            systemTime |= t < Profile.MIN_ABSOLUTE_DATE_TIME;
        }
        out.rowsWithoutTime = untimed;
        if (systemTime) {
            out.warnings.add("timestamps count seconds since the device was switched on, not dates"
                    + " (FIT system time): the start date and time of day are unknown");
        }
        for (int g = 0; g < out.rrGroups; g++) {
            if (out.rrGroupTime[g] != out.rrGroupTime[g]) {
                out.rrGroupTime[g] = rows > 0 ? time[0] : 0;
            }
        }
    }
}
