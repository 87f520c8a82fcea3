package org.heavylegs.formats.fit;

/**
 * Beat times logged by a chest strap (HRM-Tri, HRM-Swim) in hr (132) messages, often in a FIT
 * file chained after the activity: consecutive beats give RR intervals. The first message with
 * both a timestamp and a beat time ties the strap's clock to the file's; the 12-bit packed beat
 * times accumulate onto the last full one (FIT component accumulation).
 */
final class BeatLog {
    /**
     * Beats logged further apart than this are a gap in the strap's log (out of range, taken
     * off), not one heartbeat: 3 s is 20 beats per minute.
     */
    static final double MAX_BEAT_GAP_S = 3.0;

    /** The last beat's strap clock, 1/1024 s, or -1. */
    private long lastBeat = -1;
    private double anchorFit = Double.NaN;
    private long anchorClock;

    void reset() {
        lastBeat = -1;
        anchorFit = Double.NaN;
    }

    /** Reads one hr message, adding an RR interval per beat after the first. */
    void read(MessageFields f, double lastTimestamp, int part, FitContent out) {
        double t = f.raw(Profile.TIMESTAMP);
        int n = f.count(Profile.HR_EVENT_TIMESTAMP);
        for (int k = 0; k < n; k++) {
            double v = f.raw(Profile.HR_EVENT_TIMESTAMP, k);
            if (v == v) {
                if (k == 0 && t == t && anchorFit != anchorFit) {
                    double fraction = f.value(Profile.HR_FRACTIONAL_TIMESTAMP, Profile.HR_FRACTIONAL_SCALE, 0);
                    anchorFit = t + (fraction == fraction ? fraction : 0);
                    anchorClock = (long) v;
                }
                beat((long) v, lastTimestamp, part, out);
            }
        }
        int bytes = f.size(Profile.HR_EVENT_TIMESTAMP_12);
        for (int bit = 0; bit + 12 <= bytes * 8; bit += 12) {
            int b = bit >>> 3;
            int v12 = (bit & 7) == 0
                    ? f.byteAt(Profile.HR_EVENT_TIMESTAMP_12, b) | (f.byteAt(Profile.HR_EVENT_TIMESTAMP_12, b + 1) & 0x0F) << 8
                    : f.byteAt(Profile.HR_EVENT_TIMESTAMP_12, b) >>> 4 | f.byteAt(Profile.HR_EVENT_TIMESTAMP_12, b + 1) << 4;
            if (lastBeat >= 0) {
                beat(lastBeat + ((v12 - (lastBeat & 0xFFF)) & 0xFFF), lastTimestamp, part, out);
            }
        }
    }

    private void beat(long clock, double lastTimestamp, int part, FitContent out) {
        if (lastBeat >= 0) {
            double rr = (clock - lastBeat) / Profile.HR_EVENT_SCALE;
            if (rr > 0 && rr <= MAX_BEAT_GAP_S) {
                double time = anchorFit == anchorFit ? anchorFit + (clock - anchorClock) / Profile.HR_EVENT_SCALE : lastTimestamp;
                out.addRr(time, rr, part);
            }
        }
        lastBeat = clock;
    }
}
