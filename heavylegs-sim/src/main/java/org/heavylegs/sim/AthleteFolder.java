package org.heavylegs.sim;

import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.WellnessDay;

/**
 * The content of an athlete folder (DESIGN.md 2.2) before it is written. A null athlete or log
 * means that file is absent; an empty log list writes a file with the header only.
 * Each activity's {@link Activity#source()} is its path inside the folder.
 */
public record AthleteFolder(Athlete athlete, List<Activity> activities, List<WellnessDay> wellness,
                            List<RunLogEntry> runs, List<LabValue> labs) {

    public AthleteFolder {
        activities = List.copyOf(activities);
        wellness = wellness == null ? null : List.copyOf(wellness);
        runs = runs == null ? null : List.copyOf(runs);
        labs = labs == null ? null : List.copyOf(labs);
    }

    /** The latest activity: the focus run of a diagnosis. */
    public Activity focusRun() {
        return activities.get(activities.size() - 1);
    }
}
