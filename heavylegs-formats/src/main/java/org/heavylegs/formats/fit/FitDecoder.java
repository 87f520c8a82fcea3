package org.heavylegs.formats.fit;

import java.util.Arrays;
import org.heavylegs.formats.UnreadableFileException;
import org.heavylegs.formats.UnreadableFileException.Kind;

/**
 * One pass over the bytes of a FIT file (or a chain of FIT files written one after the other):
 * checks each header, compiles each definition message into a {@link MessagePlan}, decodes data
 * messages through their plans (records straight into columns), follows compressed-timestamp
 * headers, and updates the file CRC message by message. Damage stops decoding and is recorded in
 * the {@link FitContent}; only a broken first header is thrown.
 *
 * <p>Layout (public FIT protocol): a header of at least 12 bytes (size, protocol version, profile
 * version, data size as little-endian uint32, ".FIT", and in 14-byte headers a CRC of the first 12
 * bytes, 0 when not computed), then data-size bytes of messages, then the CRC of header and data.
 */
final class FitDecoder {
    static final int MIN_HEADER_SIZE = 12;
    private static final int CRC_SIZE = 2;
    /** The CRC follows decoding in chunks of this many bytes, while they are still in the cache. */
    private static final int CRC_CHUNK = 4096;
    /** Messages that must decode in a row from a candidate offset to resume after damage. */
    private static final int RESYNC_CHAIN = 8;
    /** How far past the damage to look for a place to resume, bytes. */
    private static final int RESYNC_WINDOW = 1 << 16;
    /** At most this many resumptions per file (damaged beyond that is not worth guessing). */
    private static final int MAX_RESYNCS = 32;
    /** Timestamps in a candidate chain must lie within this window around the last good one, s. */
    private static final double RESYNC_PAST_S = 3600;
    private static final double RESYNC_FUTURE_S = 7 * 86400;

    private final String source;
    private final byte[] d;
    private final FitContent out;
    private final RecordTable table;
    private final MessagePlan[] plans = new MessagePlan[16];
    private static final int PLAN_CACHE = 64;
    private final MessagePlan[] planCache = new MessagePlan[PLAN_CACHE];
    private final DeveloperFields developers = new DeveloperFields();
    private final MessageFields fields = new MessageFields();

    private int part;
    /** CRC of the current part over its bytes before {@link #crcDone}. */
    private int crc;
    private int crcDone;
    private double lastTimestamp = Double.NaN;
    private int lastCompressedDistance;
    private long compressedDistance;
    private int untimedRecords;
    private final BeatLog beats = new BeatLog();
    private boolean compressedSeen;
    // The last message decoded, to take it back when decoding loses its way right after it.
    private int lastStart = -1;
    private int lastRowsBefore;
    private double lastTimeBefore;
    private int resyncs;
    private boolean resumed;
    private final StringBuilder resyncOffsets = new StringBuilder();
    private final int[] chainSizes = new int[16];
    private final boolean[] chainTimed = new boolean[16];
    private int compressedWithoutReference;

    FitDecoder(String source, byte[] data) {
        this.source = source;
        this.d = data;
        this.out = new FitContent(data.length);
        this.table = out.records;
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

        Arrays.fill(plans, null);
        developers.clear();
        lastTimestamp = Double.NaN;
        lastCompressedDistance = 0;
        compressedDistance = 0;
        compressedSeen = false;
        beats.reset();
        out.startPart();

        crc = FitCrc.update(0, d, pos, dataStart);
        crcDone = dataStart;
        int stoppedAt = messages(dataStart, end, complete);
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
        crc = FitCrc.update(crc, d, crcDone, end);
        int storedCrc = BaseType.u16le(d, end);
        if (storedCrc != crc) {
            out.damage(Kind.CORRUPT_DATA, "file CRC does not match (stored " + storedCrc + ", computed " + crc
                    + "); the data may be damaged", end);
        } else if (stoppedAt >= 0) {
            out.warnings.add("the file CRC matches: the damage above is in the file as the device wrote it");
        }
        return stoppedAt < 0 ? end + CRC_SIZE : -1;
    }

    /**
     * Decodes the messages in {@code [from, end)}. Returns -1 when all were read, else the offset
     * where decoding had to stop (the damage is recorded).
     */
    private int messages(int from, int end, boolean complete) {
        byte[] d = this.d;
        int p = from;
        lastStart = -1;
        while (p < end) {
            if (p - crcDone >= CRC_CHUNK) {
                crc = FitCrc.update(crc, d, crcDone, p);
                crcDone = p;
            }
            int header = d[p] & 0xFF;
            int rowsBefore = table.rows();
            double timeBefore = lastTimestamp;
            int next;
            if ((header & 0x80) != 0) {
                MessagePlan plan = plans[(header >>> 5) & 0x3];
                if (plan == null) {
                    next = lost(p, end, "data message of local type " + ((header >>> 5) & 0x3) + " without a definition");
                } else if (p + 1 + plan.size > end) {
                    return overrun(p, end, complete);
                } else {
                    compressedSeen = true;
                    data(plan, p + 1, compressedTimestamp(header & 0x1F));
                    next = p + 1 + plan.size;
                }
            } else if ((header & 0x40) != 0) {
                int len = MessagePlan.definitionLength(d, p, end);
                if (len < 0) {
                    return overrun(p, end, complete);
                }
                int arch = d[p + 2] & 0xFF;
                if (arch > 1) {
                    next = lost(p, end, "definition message with architecture byte " + arch + " (only 0 and 1 exist)");
                } else {
                    define(header & 0x0F, p, p + len);
                    next = p + len;
                }
            } else {
                MessagePlan plan = plans[header & 0x0F];
                if (plan == null) {
                    next = lost(p, end, "data message of local type " + (header & 0x0F) + " without a definition");
                } else if (p + 1 + plan.size > end) {
                    return overrun(p, end, complete);
                } else {
                    data(plan, p + 1, Double.NaN);
                    next = p + 1 + plan.size;
                }
            }
            if (next < 0) {
                return p;
            }
            if (resumed) {
                resumed = false;
                lastStart = -1;
            } else {
                lastStart = p;
                lastRowsBefore = rowsBefore;
                lastTimeBefore = timeBefore;
            }
            p = next;
        }
        return -1;
    }

    /**
     * Decoding lost its way at {@code p}. Looks for the first offset after the start of the last
     * message from which {@link #RESYNC_CHAIN} messages decode plausibly, and resumes there; the
     * last message, which did not end at a message boundary, is taken back. Returns the offset to
     * resume at, or -1 (the damage is recorded).
     */
    private int lost(int p, int end, String what) {
        if (resyncs < MAX_RESYNCS) {
            double timeAfterLast = lastTimestamp;
            if (lastStart >= 0) {
                lastTimestamp = lastTimeBefore;
            }
            int from = lastStart >= 0 ? lastStart + 1 : p + 1;
            int limit = (int) Math.min(end, (long) p + RESYNC_WINDOW);
            for (int q = from; q < limit; q++) {
                if (plausibleChain(q, end)) {
                    resyncs++;
                    // A valid message never ends where no valid message starts: the one before
                    // was damaged (its timestamp and values are garbage), so it is taken back.
                    if (lastStart >= 0) {
                        table.truncate(lastRowsBefore);
                    } else {
                        lastTimestamp = timeAfterLast;
                    }
                    if (resyncs == 1) {
                        out.damage(Kind.CORRUPT_DATA, what + "; dropped the damaged message before it"
                                + (q > p ? ", skipped " + (q - p) + " bytes" : "") + " and resumed at byte " + q, p);
                    } else {
                        resyncOffsets.append(resyncs == 2 ? "" : ", ").append(p);
                    }
                    resumed = true;
                    return q;
                }
            }
            lastTimestamp = timeAfterLast;
        }
        out.damage(Kind.CORRUPT_DATA, what + "; the rest of the file could not be read", p);
        return -1;
    }

    /**
     * True when {@link #RESYNC_CHAIN} messages (or all up to the end of the data) decode from
     * {@code q} with the current definitions: known local types, sane definitions, and timestamps
     * within a week of the last one.
     */
    private boolean plausibleChain(int q, int end) {
        int[] sizes = chainSizes;
        boolean[] timed = chainTimed;
        for (int i = 0; i < 16; i++) {
            sizes[i] = plans[i] == null ? -1 : plans[i].size;
            timed[i] = plans[i] != null && plans[i].timestampOffset >= 0;
        }
        int p = q;
        for (int n = 0; n < RESYNC_CHAIN; n++) {
            if (p == end) {
                return n > 0;
            }
            int h = d[p] & 0xFF;
            if ((h & 0x80) != 0) {
                int size = sizes[(h >>> 5) & 0x3];
                if (!compressedSeen || size < 0) {
                    return false;
                }
                p += 1 + size;
            } else if ((h & 0x40) != 0) {
                int len = MessagePlan.definitionLength(d, p, end);
                if (len < 0 || d[p + 1] != 0 || (d[p + 2] & 0xFF) > 1) {
                    return false;
                }
                sizes[h & 0x0F] = definedSize(p);
                timed[h & 0x0F] = false;
                p += len;
            } else {
                int local = h & 0x0F;
                if ((h & 0x30) != 0 || sizes[local] < 0) {
                    return false;
                }
                if (timed[local] && p + 1 + sizes[local] <= end && lastTimestamp == lastTimestamp) {
                    MessagePlan plan = plans[local];
                    double t = BaseType.read(d, p + 1 + plan.timestampOffset, plan.timestampKind);
                    if (t == t && (t < lastTimestamp - RESYNC_PAST_S || t > lastTimestamp + RESYNC_FUTURE_S)) {
                        return false;
                    }
                }
                p += 1 + sizes[local];
            }
            if (p > end) {
                return false;
            }
        }
        return true;
    }

    /** Data size declared by the definition at {@code p} (its bytes are known to be present). */
    private int definedSize(int p) {
        int n = d[p + 5] & 0xFF;
        int size = 0;
        int q = p + 6;
        for (int i = 0; i < n; i++, q += 3) {
            size += d[q + 1] & 0xFF;
        }
        if ((d[p] & 0x20) != 0) {
            int nDev = d[q] & 0xFF;
            q++;
            for (int i = 0; i < nDev; i++, q += 3) {
                size += d[q + 1] & 0xFF;
            }
        }
        return size;
    }

    private int overrun(int p, int end, boolean complete) {
        if (end == d.length && !complete) {
            out.damage(Kind.TRUNCATED, "file ends inside a message; kept the messages before it", p);
        } else {
            out.damage(Kind.TRUNCATED, "the data ends inside a message (the recording was probably cut off); kept the messages before it", p);
        }
        return p;
    }

    private void define(int local, int from, int to) {
        int devVersion = developers.version();
        MessagePlan old = plans[local];
        if (old != null && old.sameDefinition(d, from, to, devVersion)) {
            return;
        }
        // Some devices redefine before nearly every message: reuse plans by their definition bytes.
        int slot = MessagePlan.hash(d, from, to) & (PLAN_CACHE - 1);
        MessagePlan cached = planCache[slot];
        if (cached != null && cached.sameDefinition(d, from, to, devVersion)) {
            plans[local] = cached;
            return;
        }
        MessagePlan plan = MessagePlan.compile(d, from, to, developers);
        for (int i = 0; i < plan.recordFields; i++) {
            table.ensure(plan.recSlot[i]);
        }
        if (plan.compressedSpeedDistanceOffset >= 0) {
            table.ensure(RecordSlots.COMPRESSED_SPEED);
            table.ensure(RecordSlots.COMPRESSED_DISTANCE);
        }
        plans[local] = plan;
        planCache[slot] = plan;
    }

    /**
     * The time of a compressed-timestamp header: the 5-bit offset replaces the low 5 bits of the
     * last timestamp, rolling over by 32 s when it is smaller than them.
     */
    private double compressedTimestamp(int offset) {
        if (Double.isNaN(lastTimestamp)) {
            compressedWithoutReference++;
            return Double.NaN;
        }
        long last = (long) lastTimestamp;
        long t = (last & ~0x1FL) + offset;
        if (offset < (last & 0x1F)) {
            t += 0x20;
        }
        lastTimestamp = t;
        return t;
    }

    private void data(MessagePlan plan, int off, double headerTime) {
        switch (plan.use) {
            case MessagePlan.RECORD:
                record(plan, off, headerTime);
                break;
            case MessagePlan.CAPTURE:
                capture(plan, off, headerTime);
                break;
            default:
                if (plan.timestampOffset >= 0) {
                    double t = BaseType.read(d, off + plan.timestampOffset, plan.timestampKind);
                    if (t == t) {
                        lastTimestamp = t;
                    }
                }
        }
    }

    private void record(MessagePlan plan, int off, double headerTime) {
        double t = Double.NaN;
        if (plan.timestampOffset >= 0) {
            t = BaseType.read(d, off + plan.timestampOffset, plan.timestampKind);
        }
        if (t != t) {
            t = headerTime;
            if (t != t) {
                t = lastTimestamp;
                untimedRecords++;
            }
        }
        lastTimestamp = t;
        int row = table.add(t);
        double[][] cols = table.slots();
        int n = plan.recordFields;
        int[] offs = plan.recOffset;
        int[] kinds = plan.recKind;
        int[] slots = plan.recSlot;
        double[] mul = plan.recMul;
        double[] div = plan.recDiv;
        double[] sub = plan.recSub;
        for (int i = 0; i < n; i++) {
            double v = BaseType.read(d, off + offs[i], kinds[i]);
            if (v == v) {
                cols[slots[i]][row] = v * mul[i] / div[i] - sub[i];
            }
        }
        if (plan.compressedSpeedDistanceOffset >= 0) {
            compressedSpeedDistance(cols, row, off + plan.compressedSpeedDistanceOffset);
        }
    }

    /**
     * Record field 8 of old devices: 12 bits of speed (1/100 m/s) and 12 bits of distance
     * (1/16 m) that roll over at 4096 and accumulate into the total distance.
     */
    private void compressedSpeedDistance(double[][] cols, int row, int o) {
        int b0 = d[o] & 0xFF;
        int b1 = d[o + 1] & 0xFF;
        int b2 = d[o + 2] & 0xFF;
        if (b0 == 0xFF && b1 == 0xFF && b2 == 0xFF) {
            return;
        }
        int speed = b0 | (b1 & 0x0F) << 8;
        int distance = (b1 >>> 4) | b2 << 4;
        cols[RecordSlots.COMPRESSED_SPEED][row] = speed / RecordSlots.COMPRESSED_SPEED_SCALE;
        compressedDistance += (distance - lastCompressedDistance) & 0xFFF;
        lastCompressedDistance = distance;
        cols[RecordSlots.COMPRESSED_DISTANCE][row] = compressedDistance / RecordSlots.COMPRESSED_DISTANCE_SCALE;
    }

    private void capture(MessagePlan plan, int off, double headerTime) {
        MessageFields f = fields.point(d, plan, off, headerTime);
        double t = f.raw(Profile.TIMESTAMP);
        if (t == t) {
            lastTimestamp = t;
        }
        switch (plan.global) {
            case Profile.MESG_FILE_ID:
                fileId(f);
                break;
            case Profile.MESG_SPORT:
                if (out.sportMessageSport < 0) {
                    out.sportMessageSport = FitSession.intOrMinusOne(f.raw(Profile.SPORT_SPORT));
                    out.sportMessageSubSport = FitSession.intOrMinusOne(f.raw(Profile.SPORT_SUB_SPORT));
                }
                break;
            case Profile.MESG_SESSION:
                out.sessions.add(FitSession.read(f, part));
                break;
            case Profile.MESG_LAP:
                out.laps.add(FitLap.read(f, part));
                break;
            case Profile.MESG_EVENT:
                event(f);
                break;
            case Profile.MESG_DEVICE_INFO:
                deviceInfo(f);
                break;
            case Profile.MESG_HRV:
                hrv(f);
                break;
            case Profile.MESG_HR:
                beats.read(f, lastTimestamp, part, out);
                break;
            case Profile.MESG_FIELD_DESCRIPTION:
                developers.describe(
                        (int) orMinusOne(f.raw(Profile.FD_DEVELOPER_DATA_INDEX)),
                        (int) orMinusOne(f.raw(Profile.FD_FIELD_DEFINITION_NUMBER)),
                        (int) orMinusOne(f.raw(Profile.FD_FIT_BASE_TYPE_ID)),
                        f.string(Profile.FD_FIELD_NAME),
                        f.raw(Profile.FD_SCALE),
                        f.raw(Profile.FD_OFFSET),
                        f.string(Profile.FD_UNITS));
                break;
            default:
                break;
        }
    }

    private static double orMinusOne(double v) {
        return v == v ? v : -1;
    }

    private void fileId(MessageFields f) {
        double type = f.raw(Profile.FILE_ID_TYPE);
        if (type == type) {
            out.fileTypes.set(part, (int) type);
        }
        if (out.fileIdManufacturer < 0) {
            out.fileIdManufacturer = FitSession.intOrMinusOne(f.raw(Profile.FILE_ID_MANUFACTURER));
            out.fileIdProduct = FitSession.intOrMinusOne(f.raw(Profile.FILE_ID_PRODUCT));
            out.fileIdProductName = f.string(Profile.FILE_ID_PRODUCT_NAME);
        }
    }

    private void deviceInfo(MessageFields f) {
        double index = f.raw(Profile.DEVICE_INFO_DEVICE_INDEX);
        if (index == Profile.DEVICE_INDEX_CREATOR && out.creatorManufacturer < 0) {
            out.creatorManufacturer = FitSession.intOrMinusOne(f.raw(Profile.DEVICE_INFO_MANUFACTURER));
            out.creatorProduct = FitSession.intOrMinusOne(f.raw(Profile.DEVICE_INFO_PRODUCT));
            out.creatorProductName = f.string(Profile.DEVICE_INFO_PRODUCT_NAME);
        }
    }

    private void event(MessageFields f) {
        if (f.raw(Profile.EVENT_EVENT) != Profile.EVENT_TIMER) {
            return;
        }
        double type = f.raw(Profile.EVENT_EVENT_TYPE);
        double t = f.timestamp();
        if (t != t) {
            t = lastTimestamp;
        }
        if (type == type && t == t) {
            out.addTimerEvent(t, (int) type, part);
        }
    }

    private void hrv(MessageFields f) {
        int n = f.count(Profile.HRV_TIME);
        for (int k = 0; k < n; k++) {
            double v = f.raw(Profile.HRV_TIME, k);
            if (v > 0) { // NaN (invalid) and 0 are no interval
                out.addRr(lastTimestamp, v / Profile.HRV_TIME_SCALE, part);
            }
        }
    }

    /** Gives records read before any timestamp the first known time, and reports what was repaired. */
    private void finish() {
        if (resyncs > 1) {
            out.warnings.add("decoding lost its way " + (resyncs - 1) + " more times (at bytes " + resyncOffsets
                    + "), each time dropping the damaged message and resuming at the next plausible one");
        }
        if (untimedRecords > 0) {
            out.warnings.add(untimedRecords + " records without a timestamp took the time of the message before them");
        }
        if (compressedWithoutReference > 0) {
            out.warnings.add(compressedWithoutReference + " compressed-timestamp messages came before any full timestamp");
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
        for (int i = 0; i < rows; i++) {
            if (time[i] < Profile.MIN_ABSOLUTE_DATE_TIME) {
                out.warnings.add("timestamps count seconds since the device was switched on, not dates"
                        + " (FIT system time): the start date and time of day are unknown");
                break;
            }
        }
        for (int i = 0; i < out.rrCount; i++) {
            if (out.rrTime[i] != out.rrTime[i]) {
                out.rrTime[i] = rows > 0 ? time[0] : 0;
            }
        }
    }
}
