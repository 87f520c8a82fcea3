package org.heavylegs.core.clean;

import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.activity.Activity;

/** Applies every cleaning rule, in the order listed here, and collects their warnings on the activity. */
public final class Cleaner {

    /**
     * All rules, explicitly, in the order they run. Clock faults come first ({@link TimeJumps} moves
     * whole parts of the recording, {@link NegativeTimeSteps} then leaves time strictly increasing),
     * because the rules after them measure speeds and windows in time.
     */
    public static List<CleaningRule> rules() {
        return List.of(
                new TimeJumps(),
                new NegativeTimeSteps(),
                new GpsJumps(),
                new HeartRateArtifacts(),
                new DoubledTreadmillCadence());
    }

    private Cleaner() {
    }

    public static Activity clean(Activity activity) {
        List<String> warnings = new ArrayList<>(activity.warnings());
        Activity current = activity;
        for (CleaningRule rule : rules()) {
            current = rule.apply(current, warnings);
        }
        return current.withWarnings(warnings);
    }
}
