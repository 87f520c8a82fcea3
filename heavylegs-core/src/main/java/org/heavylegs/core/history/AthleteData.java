package org.heavylegs.core.history;

import java.time.ZoneId;
import java.util.List;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.WellnessDay;

/**
 * Everything read from one athlete's folder (or store), before it is cut to an as-of date: what the
 * readers hand to {@link History#of}. Activities are already summaries (no streams).
 *
 * @param zone         the athlete's time zone (dates of runs, date-times without offset)
 * @param zoneAssumed  true when the profile named no time zone and {@code zone} is the default
 * @param problems     refused input and warnings, in reading order
 */
public record AthleteData(Athlete athlete, ZoneId zone, boolean zoneAssumed, List<RunSummary> activities,
                          List<WellnessDay> wellness, List<RunLogEntry> runLog, List<LabValue> labs,
                          List<InputProblem> problems) {

    public AthleteData {
        activities = List.copyOf(activities);
        wellness = List.copyOf(wellness);
        runLog = List.copyOf(runLog);
        labs = List.copyOf(labs);
        problems = List.copyOf(problems);
    }

    /** True when there is nothing at all to analyse (no profile values, no activity, no log row). */
    public boolean isEmpty() {
        return activities.isEmpty() && wellness.isEmpty() && runLog.isEmpty() && labs.isEmpty()
                && athlete.equals(org.heavylegs.core.athlete.Athlete.UNKNOWN);
    }

    /** The latest date of any activity or log row, or null when there is none. */
    public java.time.LocalDate latestDate() {
        java.time.LocalDate latest = null;
        for (RunSummary r : activities) {
            latest = later(latest, r.date());
        }
        for (WellnessDay w : wellness) {
            latest = later(latest, w.date());
        }
        for (RunLogEntry e : runLog) {
            latest = later(latest, e.date());
        }
        for (LabValue l : labs) {
            latest = later(latest, l.date());
        }
        return latest;
    }

    private static java.time.LocalDate later(java.time.LocalDate a, java.time.LocalDate b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }
}
