package org.heavylegs.core.history;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.heavylegs.core.athlete.RunLogEntry;

/**
 * Attaches runs.csv rows to activities (DESIGN.md 2.2): a row with a start time goes to the activity
 * starting nearest to it within 15 minutes; a row with only a date goes to that day's run when the
 * day has exactly one. A row that matches nothing stays a log of a run without a recording.
 * Timed rows are paired nearest first, so the order of the rows does not decide which row an
 * activity gets. A row left over although an activity lies within reach of it (a second row for
 * the same run, or a date-only row for a day whose run is taken or that has several runs) is most
 * likely a mistake, and it counts as one more run without a recording: it is kept, with a warning.
 */
public final class RunLogMatching {

    /** How far a logged start may be from the recorded start (DESIGN.md 2.2). */
    public static final Duration START_TOLERANCE = Duration.ofMinutes(15);

    /**
     * The activities (same order) with their rows attached, the rows that matched nothing, and a
     * warning for each of those that had an activity within reach.
     */
    public record Result(List<RunSummary> activities, List<RunLogEntry> unmatched, List<InputProblem> warnings) {
        public Result(List<RunSummary> activities, List<RunLogEntry> unmatched) {
            this(activities, unmatched, List.of());
        }
    }

    private RunLogMatching() {
    }

    private record Pair(int entry, int activity, long gapS) {
    }

    public static Result attach(List<RunSummary> activities, List<RunLogEntry> entries) {
        RunSummary[] out = activities.toArray(new RunSummary[0]);
        boolean[] taken = new boolean[out.length];
        int[] takenBy = new int[out.length];
        boolean[] matched = new boolean[entries.size()];
        List<RunLogEntry> unmatched = new ArrayList<>();
        List<InputProblem> warnings = new ArrayList<>();

        List<Pair> pairs = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            RunLogEntry entry = entries.get(e);
            if (entry.start() == null) {
                continue;
            }
            for (int i = 0; i < out.length; i++) {
                if (out[i].start() == null) {
                    continue;
                }
                long gap = Math.abs(Duration.between(entry.start(), out[i].start()).getSeconds());
                if (gap <= START_TOLERANCE.getSeconds()) {
                    pairs.add(new Pair(e, i, gap));
                }
            }
        }
        pairs.sort(Comparator.comparingLong(Pair::gapS).thenComparingInt(Pair::entry).thenComparingInt(Pair::activity));
        for (Pair p : pairs) {
            if (!matched[p.entry()] && !taken[p.activity()]) {
                matched[p.entry()] = true;
                taken[p.activity()] = true;
                takenBy[p.activity()] = p.entry();
                out[p.activity()] = out[p.activity()].withLog(entries.get(p.entry()));
            }
        }
        for (int e = 0; e < entries.size(); e++) {
            RunLogEntry entry = entries.get(e);
            if (entry.start() == null || matched[e]) {
                continue;
            }
            unmatched.add(entry);
            for (Pair p : pairs) {
                if (p.entry() == e) {
                    warnings.add(warning(entry, String.format(Locale.ROOT, "starts %d min from the run recorded at %s, which %s "
                            + "already logs; kept as one more run without a recording (a second row for the same run?)",
                            Math.round(p.gapS() / 60.0), out[p.activity()].start(),
                            place(entries.get(takenBy[p.activity()])))));
                    break;
                }
            }
        }
        for (int e = 0; e < entries.size(); e++) {
            RunLogEntry entry = entries.get(e);
            if (entry.start() != null) {
                continue;
            }
            int only = -1;
            int count = 0;
            for (int i = 0; i < out.length; i++) {
                if (out[i].isRun() && entry.date().equals(out[i].date())) {
                    count++;
                    only = i;
                }
            }
            if (count == 1 && !taken[only]) {
                taken[only] = true;
                takenBy[only] = e;
                out[only] = out[only].withLog(entry);
                continue;
            }
            unmatched.add(entry);
            if (count == 1) {
                warnings.add(warning(entry, "the only run on " + entry.date() + " is already logged by "
                        + place(entries.get(takenBy[only])) + "; kept as one more run without a recording"));
            } else if (count > 1) {
                warnings.add(warning(entry, count + " runs were recorded on " + entry.date() + ", so a date alone "
                        + "matches none; kept as one more run without a recording (give the start time to match one)"));
            }
        }
        return new Result(List.of(out), unmatched, warnings);
    }

    /** Where a row is, as "runs.csv line N" from its source "FILE:LINE", or the source as it is. */
    private static String place(RunLogEntry e) {
        String s = e.source();
        int colon = s == null ? -1 : s.lastIndexOf(':');
        return colon > 0 && s.substring(colon + 1).chars().allMatch(Character::isDigit) && colon + 1 < s.length()
                ? "line " + s.substring(colon + 1) : "the row " + s;
    }

    /** A warning about a row, named by its file and line when its source is "FILE:LINE". */
    private static InputProblem warning(RunLogEntry e, String reason) {
        String s = e.source() == null ? "runs.csv" : e.source();
        int colon = s.lastIndexOf(':');
        if (colon > 0 && colon + 1 < s.length() && s.substring(colon + 1).chars().allMatch(Character::isDigit)) {
            return InputProblem.warning(s.substring(0, colon), Integer.parseInt(s.substring(colon + 1)), reason);
        }
        return InputProblem.warning(s, 0, reason);
    }
}
