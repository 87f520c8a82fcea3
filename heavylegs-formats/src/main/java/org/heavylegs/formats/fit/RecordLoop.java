package org.heavylegs.formats.fit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The hot loop of the decoder: takes record messages (normal or compressed-timestamp headers
 * whose local type is defined as a record) one after the other, and between them (normal
 * headers) the hrv messages of the usual layout, as RR intervals, and the messages we do not use,
 * for their timestamps. For each record it works out the time
 * and writes it with where the record sits into the {@link RecordTable}; the fields are decoded
 * later, column by column ({@link FieldColumns}). Runs of records with the same header and a
 * uint32 timestamp go to {@link #plainRun}, which is the whole per-record cost of a
 * typical file: a header compare, a timestamp, two stores.
 *
 * <p>Everything it does per message is in its own body or in small methods: the JIT does not
 * inline a large callee once it has compiled it on its own.
 */
final class RecordLoop {
    /** Little-endian loads of 4 bytes in one instruction (the JIT intrinsifies it). */
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);

    /** 1 / {@link Profile#HRV_TIME_SCALE}, for RR intervals in seconds without a division (~5 per hrv message). */
    static final double RR_RECIPROCAL = 1.0 / Profile.HRV_TIME_SCALE;

    private final DecoderState s;

    RecordLoop(DecoderState state) {
        this.s = state;
    }

    /**
     * Takes records and hrv messages from {@code p} on until another message, the end, or
     * anything wrong (left to {@link MessageLoop}); only one when {@code single}. Returns where
     * it stopped.
     */
    int run(int p, int end, boolean single) {
        DecoderState s = this.s;
        byte[] d = s.d;
        MessagePlan[] plans = s.definitions.plans();
        RecordTable table = s.table;
        // The state the loop changes lives in locals while it runs, and goes back on the way out.
        int rows = table.rows();
        double[] time = table.time();
        int[] offsets = table.offsets();
        double last = s.lastTimestamp;
        // The plan of the last header seen: consecutive records usually share it, so the next
        // offset does not wait for the plan to be looked up again.
        int lastHeader = -1;
        MessagePlan plan = null;
        MessagePlan begun = null;
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
                if (plan == null || !(plan.use == MessagePlan.RECORD || !compressed && (plan.hrvFast || plan.use == MessagePlan.SKIP))) {
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
                last = other(d, p, plan, last);
                p += 1 + plan.size;
                if (single) {
                    break;
                }
                continue;
            }
            double headerTime = Double.NaN;
            if (compressed) {
                s.compressedSeen = true;
                // DecoderState.compressedTimestamp, on the local copy of the last timestamp
                if (last != last) {
                    s.compressedWithoutReference++;
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
                    s.untimedRecords++;
                }
            }
            last = t;
            if (plan != begun || rows == time.length) {
                table.setRows(rows);
                table.reserve(rows + 1);
                table.begin(plan);
                begun = plan;
                time = table.time();
                offsets = table.offsets();
            }
            time[rows] = t;
            offsets[rows] = off;
            int row = rows++;
            if (plan.compressedSpeedDistanceOffset >= 0) {
                compressedSpeedDistance(table, row, off + plan.compressedSpeedDistanceOffset);
            }
            p = off + plan.size;
            if (single) {
                break;
            }
            if (plan.plain && !compressed && p < end) {
                // More records of the same plan (and hrv messages) may follow: the tight loop takes them.
                table.setRows(rows);
                s.lastTimestamp = last;
                int q = plainRun(p, end, plan, header);
                if (q != p) {
                    p = q;
                    rows = table.rows();
                    last = s.lastTimestamp;
                    time = table.time();
                    offsets = table.offsets();
                    start = s.lastStart;
                    rowsBefore = s.lastRowsBefore;
                    timeBefore = s.lastTimeBefore;
                }
            }
        }
        table.setRows(rows);
        s.lastTimestamp = last;
        if (start >= 0) {
            s.remember(start, rowsBefore, timeBefore);
        }
        return p;
    }

    /**
     * Takes consecutive record messages with the same normal header {@code header}, whose plan
     * (the table's open segment) has a uint32 timestamp, and between them the messages
     * {@link #other} takes (chest straps interleave an hrv message with every beat or two, some
     * watches an undocumented message with every record): per record, the header compare, the
     * timestamp and two stores. Stops at any other message, the end, or a full table (the
     * caller grows it). Returns where it stopped.
     */
    private int plainRun(int p, int end, MessagePlan plan, int header) {
        DecoderState s = this.s;
        byte[] d = s.d;
        MessagePlan[] plans = s.definitions.plans();
        RecordTable table = s.table;
        int rows = table.rows();
        double[] time = table.time();
        int[] offsets = table.offsets();
        int capacity = Math.min(time.length, offsets.length);
        double last = s.lastTimestamp;
        int stride = 1 + plan.size;
        int tsOffset = 1 + plan.timestampOffset;
        boolean bigEndian = plan.timestampBe;
        int maxP = end - stride;
        int start = -1;
        int rowsBefore = 0;
        double timeBefore = 0;
        int untimed = 0;
        while (rows < capacity && p < end) {
            int h = d[p];
            if (h == header) {
                if (p > maxP) {
                    break;
                }
                start = p;
                rowsBefore = rows;
                timeBefore = last;
                int ts = (int) INT_LE.get(d, p + tsOffset);
                if (bigEndian) {
                    ts = Integer.reverseBytes(ts);
                }
                double t = ts == -1 ? Double.NaN : FastFields.toDouble(ts & 0xFFFFFFFFL);
                if (t != t) {
                    t = last;
                    untimed++;
                }
                last = t;
                time[rows] = t;
                offsets[rows] = p + 1;
                rows++;
                p += stride;
            } else {
                MessagePlan o = (h & 0xC0) == 0 ? plans[h & 0x0F] : null;
                if (o == null || !(o.hrvFast || o.use == MessagePlan.SKIP) || p + 1 + o.size > end) {
                    break;
                }
                start = p;
                rowsBefore = rows;
                timeBefore = last;
                last = other(d, p, o, last);
                p += 1 + o.size;
            }
        }
        s.untimedRecords += untimed;
        if (start >= 0) {
            s.remember(start, rowsBefore, timeBefore);
        }
        table.setRows(rows);
        s.lastTimestamp = last;
        return p;
    }

    /**
     * A message between records that the loop takes itself (normal header, all bytes present):
     * an hrv message of the usual layout gives its RR intervals at the last timestamp; a message
     * we do not use gives only its timestamp, when it has a valid one. Returns the last timestamp.
     */
    private double other(byte[] d, int p, MessagePlan plan, double last) {
        if (plan.hrvFast) {
            rr(d, p + 1 + plan.hrvOffset, plan.hrvCount, plan.bigEndian, last);
            return last;
        }
        if (plan.timestampOffset >= 0) {
            double t = BaseType.read(d, p + 1 + plan.timestampOffset, plan.timestampKind);
            if (t == t) {
                return t;
            }
        }
        return last;
    }

    /**
     * The RR intervals of an hrv message's time[] ({@code count} uint16 at
     * {@code o}), at time {@code t}, written straight into the content's array (a third of the
     * ten-year athlete's files hold more intervals than records).
     */
    private void rr(byte[] d, int o, int count, boolean bigEndian, double t) {
        FitContent out = s.out;
        double[] rr = out.rrRoom(t, s.part, count);
        int n = out.rrCount;
        for (int j = 0; j < count; j++, o += 2) {
            int v = (bigEndian ? (short) SHORT_BE.get(d, o) : (short) SHORT_LE.get(d, o)) & 0xFFFF;
            // v / HRV_TIME_SCALE without the division (FastFields.value, exact: FastFieldsTest).
            // Written always, kept only when valid (invalid 0xFFFF and 0 are no interval): how
            // many of the five slots a message fills varies with the heart rate, and a branch on
            // it mispredicted (rrRoom left room for all of them).
            rr[n] = FastFields.value(FastFields.toDouble(v), 1, RR_RECIPROCAL, -Profile.HRV_TIME_SCALE, 0);
            n += ((v - 1) & 0xFFFF) < 0xFFFE ? 1 : 0;
        }
        out.rrAdded(n);
    }

    /**
     * Record field 8 of old devices: 12 bits of speed (1/100 m/s) and 12 bits of distance
     * (1/16 m) that roll over at 4096 and accumulate into the total distance (in row order, so
     * here and not by column).
     */
    private void compressedSpeedDistance(RecordTable table, int row, int o) {
        byte[] d = s.d;
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
        double[][] cols = table.slots();
        cols[RecordSlots.COMPRESSED_SPEED][row] = speed / RecordSlots.COMPRESSED_SPEED_SCALE;
        s.compressedDistance += (distance - s.lastCompressedDistance) & 0xFFF;
        s.lastCompressedDistance = distance;
        cols[RecordSlots.COMPRESSED_DISTANCE][row] = s.compressedDistance / RecordSlots.COMPRESSED_DISTANCE_SCALE;
    }
}
