package org.heavylegs.formats.fit;

import org.heavylegs.formats.UnreadableFileException.Kind;

/**
 * Walks the messages of one FIT file of a chain from record header to record header: records and
 * the hrv messages between them go to the {@link RecordLoop}; definitions to the
 * {@link Definitions}; the other messages we use to {@link Captures}; the rest only advance the
 * last timestamp. Follows compressed-timestamp headers, and when decoding loses its way asks
 * {@link Resync} where to resume. Damage stops it and is recorded in the {@link FitContent}.
 */
final class MessageLoop {
    private final DecoderState s;
    private final RecordLoop records;
    private final Captures captures;
    private final Resync resync;

    MessageLoop(DecoderState state, Captures captures, Resync resync) {
        this.s = state;
        this.records = new RecordLoop(state);
        this.captures = captures;
        this.resync = resync;
    }

    /**
     * Decodes the messages in {@code [from, end)}. Returns -1 when all were read, else the offset
     * where decoding had to stop (the damage is recorded). {@code complete}: the file holds all
     * the data its header announces.
     */
    int messages(int from, int end, boolean complete) {
        DecoderState s = this.s;
        byte[] d = s.d;
        MessagePlan[] plans = s.definitions.plans();
        int p = from;
        s.lastStart = -1;
        while (p < end) {
            int q = records.run(p, end, s.resumed);
            if (q != p) {
                if (s.resumed) {
                    s.resumed = false;
                    s.lastStart = -1;
                }
                p = q;
                continue;
            }
            int header = d[p] & 0xFF;
            int rowsBefore = s.table.rows();
            double timeBefore = s.lastTimestamp;
            int next;
            if ((header & 0x80) != 0) {
                MessagePlan plan = plans[(header >>> 5) & 0x3];
                if (plan == null) {
                    next = resync.lost(p, end, "data message of local type " + ((header >>> 5) & 0x3) + " without a definition");
                } else if (p + 1 + plan.size > end) {
                    return overrun(p, end, complete);
                } else {
                    s.compressedSeen = true;
                    data(plan, p + 1, s.compressedTimestamp(header & 0x1F));
                    next = p + 1 + plan.size;
                }
            } else if ((header & 0x40) != 0) {
                int len = PlanCompiler.definitionLength(d, p, end);
                if (len < 0) {
                    return overrun(p, end, complete);
                }
                int arch = d[p + 2] & 0xFF;
                if (arch > 1) {
                    next = resync.lost(p, end, "definition message with architecture byte " + arch + " (only 0 and 1 exist)");
                } else {
                    s.definitions.define(d, header & 0x0F, p, p + len);
                    next = p + len;
                }
            } else {
                MessagePlan plan = plans[header & 0x0F];
                if (plan == null) {
                    next = resync.lost(p, end, "data message of local type " + (header & 0x0F) + " without a definition");
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
            if (s.resumed) {
                s.resumed = false;
                s.lastStart = -1;
            } else {
                s.remember(p, rowsBefore, timeBefore);
            }
            p = next;
        }
        return -1;
    }

    private int overrun(int p, int end, boolean complete) {
        if (end == s.d.length && !complete) {
            s.out.damage(Kind.TRUNCATED, "file ends inside a message; kept the messages before it", p);
        } else {
            s.out.damage(Kind.TRUNCATED, "the data ends inside a message (the recording was probably cut off); kept the messages before it", p);
        }
        return p;
    }

    /** A data message that is not a record the record loop took: captured, or only its timestamp. */
    private void data(MessagePlan plan, int off, double headerTime) {
        if (plan.use == MessagePlan.CAPTURE) {
            captures.capture(plan, off, headerTime);
        } else if (plan.timestampOffset >= 0) {
            double t = BaseType.read(s.d, off + plan.timestampOffset, plan.timestampKind);
            if (t == t) {
                s.lastTimestamp = t;
            }
        }
    }
}
