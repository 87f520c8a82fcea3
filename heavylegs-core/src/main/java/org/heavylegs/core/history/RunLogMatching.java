package org.heavylegs.core.history;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.athlete.RunLogEntry;

/**
 * Attaches runs.csv rows to activities (DESIGN.md 2.2): a row with a start time goes to the activity
 * starting nearest to it within 15 minutes; a row with only a date goes to that day's run when the
 * day has exactly one. A row that matches nothing stays a log of a run without a recording.
 */
public final class RunLogMatching {

    /** How far a logged start may be from the recorded start (DESIGN.md 2.2). */
    public static final Duration START_TOLERANCE = Duration.ofMinutes(15);

    /** The activities (same order) with their rows attached, and the rows that matched nothing. */
    public record Result(List<RunSummary> activities, List<RunLogEntry> unmatched) {
    }

    private RunLogMatching() {
    }

    public static Result attach(List<RunSummary> activities, List<RunLogEntry> entries) {
        RunSummary[] out = activities.toArray(new RunSummary[0]);
        boolean[] taken = new boolean[out.length];
        List<RunLogEntry> unmatched = new ArrayList<>();
        List<RunLogEntry> byDate = new ArrayList<>();
        for (RunLogEntry e : entries) {
            if (e.start() == null) {
                byDate.add(e);
                continue;
            }
            int best = -1;
            long bestGap = Long.MAX_VALUE;
            for (int i = 0; i < out.length; i++) {
                if (taken[i] || out[i].start() == null) {
                    continue;
                }
                long gap = Math.abs(Duration.between(e.start(), out[i].start()).getSeconds());
                if (gap <= START_TOLERANCE.getSeconds() && gap < bestGap) {
                    best = i;
                    bestGap = gap;
                }
            }
            if (best < 0) {
                unmatched.add(e);
            } else {
                taken[best] = true;
                out[best] = out[best].withLog(e);
            }
        }
        for (RunLogEntry e : byDate) {
            int only = -1;
            int count = 0;
            for (int i = 0; i < out.length; i++) {
                if (out[i].isRun() && e.date().equals(out[i].date())) {
                    count++;
                    only = i;
                }
            }
            if (count == 1 && !taken[only]) {
                taken[only] = true;
                out[only] = out[only].withLog(e);
            } else {
                unmatched.add(e);
            }
        }
        return new Result(List.of(out), unmatched);
    }
}
