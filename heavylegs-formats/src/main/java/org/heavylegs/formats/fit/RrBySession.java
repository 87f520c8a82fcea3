package org.heavylegs.formats.fit;

import java.util.Arrays;
import java.util.List;

/**
 * RR intervals to sessions by time. Unlike records, an interval more than
 * {@link #RR_SLACK_S} outside every session (a chest strap logs beats before the start and
 * after the end) belongs to no activity and is left out, with a warning. Intervals come in groups
 * logged at one time in one part ({@link FitContent#rrGroupTime}), so each group is placed once.
 */
final class RrBySession {
    /** How far outside a session's start and end an RR interval may lie and still belong to it, s. */
    static final double RR_SLACK_S = 60;

    private RrBySession() {
    }

    /** The intervals of each session (sorted by start, as in {@code index}), in order. */
    static double[][] assign(FitContent c, List<FitSession> sessions, SessionIndex index, List<String> warnings) {
        int n = sessions.size();
        int[] count = new int[n];
        int[] owner = new int[c.rrGroups];
        int outside = 0;
        double[] starts = new double[n];
        double[] ends = new double[n];
        for (int s = 0; s < n; s++) {
            starts[s] = sessions.get(s).startTime() - RR_SLACK_S;
            ends[s] = sessions.get(s).endTime() + RR_SLACK_S;
        }
        int from = 0;
        for (int g = 0; g < c.rrGroups; g++) {
            double t = c.rrGroupTime[g];
            int s = n == 1 ? 0 : index.sessionFor(t, c.rrGroupPart[g]);
            boolean inside = !(t < starts[s]) && !(t > ends[s]);
            int size = c.rrGroupEnd[g] - from;
            from = c.rrGroupEnd[g];
            owner[g] = inside ? s : -1;
            if (inside) {
                count[s] += size;
            } else {
                outside += size;
            }
        }
        if (outside > 0) {
            warnings.add(outside + " RR intervals logged outside every session were left out");
        }
        double[][] rr = new double[n][];
        if (n == 1 && outside == 0) {
            // All of them, in order (copied: the decoder's array is reused for the next file).
            rr[0] = Arrays.copyOf(c.rrS, c.rrCount);
            return rr;
        }
        for (int s = 0; s < n; s++) {
            rr[s] = new double[count[s]];
        }
        int[] fill = new int[n];
        from = 0;
        for (int g = 0; g < c.rrGroups; g++) {
            int to = c.rrGroupEnd[g];
            int s = owner[g];
            if (s >= 0) {
                System.arraycopy(c.rrS, from, rr[s], fill[s], to - from);
                fill[s] += to - from;
            }
            from = to;
        }
        return rr;
    }
}
