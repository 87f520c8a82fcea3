package org.heavylegs.formats.fit;

/**
 * Which record rows go to which session. Rows are in time order and sessions in start order, so
 * a session's rows are nearly always one contiguous range (also in multisport files), which the
 * streams copy without an index and without zeroing fresh arrays first; otherwise a list of rows.
 * Records without any time go to no session.
 */
final class SessionRows {
    /** Per session: its rows, or null when they are the range [{@link #from}, from + count). */
    final int[][] rows;
    /** Per session: its first row when {@link #rows} is null. */
    final int[] from;
    final int[] counts;
    /** Records without any time (left out). */
    final int untimed;

    private SessionRows(int n, int untimed) {
        this.rows = new int[n][];
        this.from = new int[n];
        this.counts = new int[n];
        this.untimed = untimed;
    }

    /** The first row of session {@code s} (which has rows). */
    int first(int s) {
        return rows[s] == null ? from[s] : rows[s][0];
    }

    static SessionRows assign(FitContent c, SessionIndex index, int n) {
        int rows = c.records.rows();
        double[] time = c.records.time();
        int untimed = c.rowsWithoutTime;
        SessionRows out = new SessionRows(n, untimed);
        if (n == 1 && untimed == 0) {
            out.counts[0] = rows;
            return out;
        }
        int[] owner = new int[rows];
        int[] first = new int[n];
        int[] last = new int[n];
        int part = 0;
        for (int r = 0; r < rows; r++) {
            while (part + 1 < c.parts && c.partFirstRow[part + 1] <= r) {
                part++;
            }
            if (time[r] != time[r]) {
                owner[r] = -1;
                continue;
            }
            int s = n == 1 ? 0 : index.sessionFor(time[r], part);
            owner[r] = s;
            if (out.counts[s]++ == 0) {
                first[s] = r;
            }
            last[s] = r;
        }
        int[] fill = new int[n];
        boolean lists = false;
        for (int s = 0; s < n; s++) {
            out.from[s] = first[s];
            if (out.counts[s] > 0 && last[s] - first[s] + 1 != out.counts[s]) {
                out.rows[s] = new int[out.counts[s]];
                lists = true;
            }
        }
        if (lists) {
            for (int r = 0; r < rows; r++) {
                int s = owner[r];
                if (s >= 0 && out.rows[s] != null) {
                    out.rows[s][fill[s]++] = r;
                }
            }
        }
        return out;
    }
}
