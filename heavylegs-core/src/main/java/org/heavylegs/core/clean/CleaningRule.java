package org.heavylegs.core.clean;

import java.util.List;
import org.heavylegs.core.activity.Activity;

/**
 * Repairs one kind of data defect in lenient mode. A rule never drops a whole activity: it repairs
 * what it can, leaves the rest, and adds one readable warning per repair it made.
 */
public interface CleaningRule {

    /** Short stable id, e.g. "hr_spikes". */
    String id();

    /**
     * @param activity the activity to repair
     * @param warnings where to add what was repaired ("hr_spikes: 12 samples above 225 bpm set missing")
     * @return the repaired activity, or the same one when nothing needed repair
     */
    Activity apply(Activity activity, List<String> warnings);
}
