package org.heavylegs.store;

import java.time.Instant;
import org.heavylegs.core.activity.Activity;

/** Opens the package-private synthetic runs to the importer's tests. */
public final class SyntheticActivitiesAccess {
    private SyntheticActivitiesAccess() {
    }

    public static Activity run(long seed, Instant start, int seconds) {
        return SyntheticActivities.run(seed, start, seconds);
    }
}
