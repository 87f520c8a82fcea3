package org.heavylegs.formats.fit;

import org.heavylegs.formats.UnreadableFileException.Kind;

/**
 * Finding the way again after decoding lost it (a data message of an undefined local type, an
 * impossible architecture byte): the message before did not end at a message boundary, so it is
 * taken back, and decoding resumes at the first offset after its start from which
 * {@link #RESYNC_CHAIN} messages decode plausibly (known local types, sane definitions, timestamps
 * within a week of the last good one). The Strava Android app drops single bytes in records; this
 * reads what follows instead of stopping there.
 */
final class Resync {
    /** Messages that must decode in a row from a candidate offset to resume after damage. */
    private static final int RESYNC_CHAIN = 8;
    /** How far past the damage to look for a place to resume, bytes. */
    private static final int RESYNC_WINDOW = 1 << 16;
    /** At most this many resumptions per file (damaged beyond that is not worth guessing). */
    private static final int MAX_RESYNCS = 32;
    /** Timestamps in a candidate chain must lie within this window around the last good one, s. */
    private static final double RESYNC_PAST_S = 3600;
    private static final double RESYNC_FUTURE_S = 7 * 86400;

    private final DecoderState s;
    private int resyncs;
    private final StringBuilder resyncOffsets = new StringBuilder();
    private final int[] chainSizes = new int[16];
    private final boolean[] chainTimed = new boolean[16];

    Resync(DecoderState state) {
        this.s = state;
    }

    /**
     * Decoding lost its way at {@code p} ({@code what} says how). Returns the offset to resume
     * at, or -1 (the damage is recorded either way).
     */
    int lost(int p, int end, String what) {
        FitContent out = s.out;
        if (resyncs < MAX_RESYNCS) {
            double timeAfterLast = s.lastTimestamp;
            if (s.lastStart >= 0) {
                s.lastTimestamp = s.lastTimeBefore;
            }
            int from = s.lastStart >= 0 ? s.lastStart + 1 : p + 1;
            int limit = (int) Math.min(end, (long) p + RESYNC_WINDOW);
            for (int q = from; q < limit; q++) {
                if (plausibleChain(q, end)) {
                    resyncs++;
                    // A valid message never ends where no valid message starts: the one before
                    // was damaged (its timestamp and values are garbage), so it is taken back.
                    if (s.lastStart >= 0) {
                        s.table.truncate(s.lastRowsBefore);
                    } else {
                        s.lastTimestamp = timeAfterLast;
                    }
                    if (resyncs == 1) {
                        out.damage(Kind.CORRUPT_DATA, what + "; dropped the damaged message before it"
                                + (q > p ? ", skipped " + (q - p) + " bytes" : "") + " and resumed at byte " + q, p);
                    } else {
                        resyncOffsets.append(resyncs == 2 ? "" : ", ").append(p);
                    }
                    s.resumed = true;
                    return q;
                }
            }
            s.lastTimestamp = timeAfterLast;
        }
        out.damage(Kind.CORRUPT_DATA, what + "; the rest of the file could not be read", p);
        return -1;
    }

    /** The warning for the resumptions after the first (which has its own damage message), or null. */
    String laterResumptions() {
        return resyncs > 1 ? "decoding lost its way " + (resyncs - 1) + " more times (at bytes " + resyncOffsets
                + "), each time dropping the damaged message and resuming at the next plausible one" : null;
    }

    /**
     * True when {@link #RESYNC_CHAIN} messages (or all up to the end of the data) decode from
     * {@code q} with the current definitions: known local types, sane definitions, and timestamps
     * within a week of the last one.
     */
    private boolean plausibleChain(int q, int end) {
        byte[] d = s.d;
        MessagePlan[] plans = s.definitions.plans();
        double lastTimestamp = s.lastTimestamp;
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
                if (!s.compressedSeen || size < 0) {
                    return false;
                }
                p += 1 + size;
            } else if ((h & 0x40) != 0) {
                int len = PlanCompiler.definitionLength(d, p, end);
                if (len < 0 || d[p + 1] != 0 || (d[p + 2] & 0xFF) > 1) {
                    return false;
                }
                sizes[h & 0x0F] = definedSize(d, p);
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
    private static int definedSize(byte[] d, int p) {
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
}
