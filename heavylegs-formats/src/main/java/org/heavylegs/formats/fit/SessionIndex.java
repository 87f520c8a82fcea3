package org.heavylegs.formats.fit;

import java.util.List;

/**
 * Which session a record, lap, pause or RR interval belongs to, by its time and chained part:
 * among the sessions of its part (all sessions when its part has none), the last to start at or
 * before it, else the first.
 */
final class SessionIndex {
    /** Sessions sorted by start time. */
    private final List<FitSession> sessions;
    /** Session indexes of each chained part in start order (empty for a part without session). */
    private final int[][] sessionsOfPart;
    private final int[] allSessions;

    SessionIndex(List<FitSession> sessions, int partCount) {
        this.sessions = sessions;
        int parts = Math.max(partCount, 1);
        int[] count = new int[parts];
        for (FitSession s : sessions) {
            if (s.part() >= 0 && s.part() < parts) {
                count[s.part()]++;
            }
        }
        sessionsOfPart = new int[parts][];
        for (int p = 0; p < parts; p++) {
            sessionsOfPart[p] = new int[count[p]];
        }
        int[] fill = new int[parts];
        allSessions = new int[sessions.size()];
        for (int i = 0; i < sessions.size(); i++) {
            allSessions[i] = i;
            int p = sessions.get(i).part();
            if (p >= 0 && p < parts) {
                sessionsOfPart[p][fill[p]++] = i;
            }
        }
    }

    /**
     * The session a thing at FIT time {@code t} in chained part {@code part} belongs to: among the
     * sessions of that part (all sessions when it has none), the last to start at or before t, else
     * the first. Sessions are sorted by start, so this is a binary search.
     */
    int sessionFor(double t, int part) {
        int[] candidates = part >= 0 && part < sessionsOfPart.length && sessionsOfPart[part].length > 0
                ? sessionsOfPart[part] : allSessions;
        int lo = 0;
        int hi = candidates.length - 1;
        int chosen = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sessions.get(candidates[mid]).startTime() <= t) {
                chosen = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return candidates[Math.max(chosen, 0)];
    }
}
