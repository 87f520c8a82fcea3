package org.heavylegs.formats.fit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.heavylegs.formats.UnreadableFileException;
import org.heavylegs.formats.UnreadableFileException.Kind;

/**
 * Decodes a FIT file (or a chain of FIT files written one after the other) in two passes per
 * file of the chain: {@link FirstPass} computes the file CRC and counts the records, so the
 * columns are allocated once at their final length; the second pass checks each header, compiles
 * each definition message into a {@link MessagePlan}, decodes data messages through their plans
 * (records and RR intervals in one tight loop, {@link #recordRun}, straight into the columns) and
 * follows compressed-timestamp headers. Damage stops decoding and is recorded in the
 * {@link FitContent}; only a broken first header is thrown. docs/decisions/fit-decoder.md says
 * what was measured and why the loops look the way they do.
 *
 * <p>Layout (public FIT protocol): a header of at least 12 bytes (size, protocol version, profile
 * version, data size as little-endian uint32, ".FIT", and in 14-byte headers a CRC of the first 12
 * bytes, 0 when not computed), then data-size bytes of messages, then the CRC of header and data.
 */
final class FitDecoder {
    /** Little-endian loads of 4 bytes in one instruction (the JIT intrinsifies it). */
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    static final int MIN_HEADER_SIZE = 12;
    private static final int CRC_SIZE = 2;
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
    private final FirstPass firstPass = new FirstPass();
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
        this.out = new FitContent();
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

        // First pass: the CRC of header and data, and the record count; the second decodes.
        FirstPass first = firstPass.run(d, 0, pos, dataStart, end);
        table.reserveExactly(table.rows() + first.records);
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
        int crc = first.crc;
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
            int q = recordRun(p, end, resumed);
            if (q != p) {
                if (resumed) {
                    resumed = false;
                    lastStart = -1;
                }
                p = q;
                continue;
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
        for (int column : plan.allSlots) {
            table.ensure(column);
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

    /**
     * Decodes the record messages from {@code p} on (normal or compressed-timestamp headers whose
     * local type is defined as a record), straight into the columns, and the hrv messages between
     * them (normal headers, the usual layout) into RR intervals, until another message, the end,
     * or anything wrong (left to {@link #messages}); only one when {@code single}. Returns where it
     * stopped. This is the hot loop: everything it does per message is in this method body or in
     * small methods (the JIT does not inline a large callee once it has compiled it on its own),
     * and runs of records with the same plan go to {@link #plainRun}.
     */
    private int recordRun(int p, int end, boolean single) {
        byte[] d = this.d;
        MessagePlan[] plans = this.plans;
        RecordTable table = this.table;
        // The state the loop changes lives in locals while it runs, and goes back on the way out.
        int rows = table.rows();
        double[] time = table.time();
        double last = lastTimestamp;
        // The plan of the last header seen: consecutive records usually share it, so the next
        // offset does not wait for the plan to be looked up again.
        int lastHeader = -1;
        MessagePlan plan = null;
        MessagePlan entered = null;
        int start = -1;
        int rowsBefore = 0;
        double timeBefore = 0;
        while (p < end) {
            int header = d[p];
            boolean compressed = header < 0;
            int key = compressed ? header & 0xE0 : header;
            if (key != lastHeader) {
                if (compressed) {
                    plan = plans[(header >>> 5) & 0x3];
                } else if ((header & 0x40) == 0) {
                    plan = plans[header & 0x0F];
                } else {
                    break; // a definition
                }
                if (plan == null || !(plan.use == MessagePlan.RECORD || plan.hrvFast && !compressed)) {
                    break;
                }
                lastHeader = key;
            }
            if (p + 1 + plan.size > end) {
                break;
            }
            start = p;
            rowsBefore = rows;
            timeBefore = last;
            if (plan.use != MessagePlan.RECORD) {
                // hrv(), for the usual layout: RR intervals at the last timestamp
                for (int j = 0, o = p + 1 + plan.hrvOffset; j < plan.hrvCount; j++, o += 2) {
                    int v = (d[o] & 0xFF) | (d[o + 1] & 0xFF) << 8;
                    if (v != 0xFFFF && v > 0) { // invalid and 0 are no interval
                        out.addRr(last, v / Profile.HRV_TIME_SCALE, part);
                    }
                }
                p += 1 + plan.size;
                if (single) {
                    break;
                }
                continue;
            }
            double headerTime = Double.NaN;
            if (compressed) {
                compressedSeen = true;
                // compressedTimestamp(), on the local copy of the last timestamp
                if (last != last) {
                    compressedWithoutReference++;
                } else {
                    int offset = header & 0x1F;
                    long l = (long) last;
                    long ct = (l & ~0x1FL) + offset;
                    if (offset < (l & 0x1F)) {
                        ct += 0x20;
                    }
                    last = ct;
                    headerTime = ct;
                }
            }
            int off = p + 1;
            double t = Double.NaN;
            if (plan.timestampLe) {
                int v = (int) INT_LE.get(d, off + plan.timestampOffset);
                t = v == -1 ? Double.NaN : v & 0xFFFFFFFFL;
            } else if (plan.timestampOffset >= 0) {
                t = BaseType.read(d, off + plan.timestampOffset, plan.timestampKind);
            }
            if (t != t) {
                t = headerTime;
                if (t != t) {
                    t = last;
                    untimedRecords++;
                }
            }
            last = t;
            if (plan != entered || rows == time.length) {
                table.setRows(rows);
                table.reserve(rows + 1);
                table.enter(plan);
                entered = plan;
                time = table.time();
            }
            time[rows] = t;
            int row = rows++;
            FastFields fast = plan.fast;
            int[] offsets = fast.offset;
            int[] widths = fast.width;
            int[] shifts = fast.shift;
            long[] masks = fast.mask;
            long[] invalid = fast.invalid;
            double[] k = fast.constants;
            double[][] columns = fast.columns;
            for (int i = 0, n = fast.n; i < n; i++) {
                long x = FastFields.raw(FastFields.exactly(d, off + offsets[i], widths[i]), shifts[i], masks[i]);
                columns[i][row] = x == invalid[i] ? Double.NaN
                        : FastFields.value(FastFields.toDouble(x), k[4 * i], k[4 * i + 1], k[4 * i + 2], k[4 * i + 3]);
            }
            if (plan.recordFields > 0) {
                generic(plan, off, table.slots(), row);
            }
            if (plan.compressedSpeedDistanceOffset >= 0) {
                compressedSpeedDistance(table.slots(), row, off + plan.compressedSpeedDistanceOffset);
            }
            p = off + plan.size;
            if (single) {
                break;
            }
            if (plan.plain && !compressed && p < end && d[p] == header) {
                // More records of the same plan follow: the tight loop takes them.
                table.setRows(rows);
                lastTimestamp = last;
                p = plainRun(p, end, plan, header);
                rows = table.rows();
                last = lastTimestamp;
                time = table.time();
                start = lastStart;
                rowsBefore = lastRowsBefore;
                timeBefore = lastTimeBefore;
            }
        }
        table.setRows(rows);
        lastTimestamp = last;
        if (start >= 0) {
            lastStart = start;
            lastRowsBefore = rowsBefore;
            lastTimeBefore = timeBefore;
        }
        return p;
    }

    /**
     * Decodes consecutive record messages with the same normal header {@code header}, whose plan
     * (already entered in the table) has only fast fields and a little-endian timestamp: the plan's
     * arrays are loaded once and each record is a timestamp and the field loop. Stops at another
     * header, the end, or a full table (the caller grows it). Returns where it stopped.
     */
    private int plainRun(int p, int end, MessagePlan plan, int header) {
        byte[] d = this.d;
        RecordTable table = this.table;
        int rows = table.rows();
        double[] time = table.time();
        int capacity = time.length;
        double last = lastTimestamp;
        int stride = 1 + plan.size;
        int tsOffset = 1 + plan.timestampOffset;
        FastFields fast = plan.fast;
        int n = fast.n;
        int[] offsets = fast.offset;
        int[] shifts = fast.shift;
        long[] masks = fast.mask;
        long[] invalid = fast.invalid;
        double[] k = fast.constants;
        double[][] columns = fast.columns;
        // Every field is read as 4 bytes, so the loop stops 3 bytes before the buffer's end.
        int maxP = Math.min(end - stride, d.length - 3 - stride);
        int start = -1;
        double timeBefore = 0;
        while (p <= maxP && d[p] == header && rows < capacity) {
            start = p;
            timeBefore = last;
            int ts = (int) INT_LE.get(d, p + tsOffset);
            double t = ts == -1 ? Double.NaN : FastFields.toDouble(ts & 0xFFFFFFFFL);
            if (t != t) {
                t = last;
                untimedRecords++;
            }
            last = t;
            time[rows] = t;
            int off = p + 1;
            for (int i = 0; i < n; i++) {
                long x = FastFields.raw((int) INT_LE.get(d, off + offsets[i]), shifts[i], masks[i]);
                columns[i][rows] = x == invalid[i] ? Double.NaN
                        : FastFields.value(FastFields.toDouble(x), k[4 * i], k[4 * i + 1], k[4 * i + 2], k[4 * i + 3]);
            }
            rows++;
            p += stride;
        }
        if (start >= 0) {
            lastStart = start;
            lastRowsBefore = rows - 1;
            lastTimeBefore = timeBefore;
        }
        table.setRows(rows);
        lastTimestamp = last;
        return p;
    }

    /** The record fields of rare kinds: written only when valid, after the fast ones. */
    private void generic(MessagePlan plan, int off, double[][] cols, int row) {
        int n = plan.recordFields;
        int[] offs = plan.recOffset;
        int[] kinds = plan.recKind;
        int[] slots = plan.recSlot;
        double[] mul = plan.recMul;
        double[] div = plan.recDiv;
        double[] sub = plan.recSub;
        boolean[] fill = plan.recFill;
        for (int i = 0; i < n; i++) {
            if (fill[i]) {
                table.fillTo(slots[i], row + 1);
            }
            double v = BaseType.read(d, off + offs[i], kinds[i]);
            if (v == v) {
                cols[slots[i]][row] = v * mul[i] / div[i] - sub[i];
            }
        }
    }

    /**
     * Record field 8 of old devices: 12 bits of speed (1/100 m/s) and 12 bits of distance
     * (1/16 m) that roll over at 4096 and accumulate into the total distance.
     */
    private void compressedSpeedDistance(double[][] cols, int row, int o) {
        table.fillTo(RecordSlots.COMPRESSED_SPEED, row + 1);
        table.fillTo(RecordSlots.COMPRESSED_DISTANCE, row + 1);
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
        table.finish();
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
