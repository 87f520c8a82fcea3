package org.heavylegs.core.analysis;

import java.util.Optional;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.history.RunSummary;

/**
 * Gives back the full activity (with streams) behind a summary: from the store, or by reading its
 * file again. Histories keep summaries only, so the few runs whose streams are needed are fetched here.
 */
@FunctionalInterface
public interface ActivityReloader {
    /** The activity, or empty when it can no longer be read (the caller says so, it is not an error). */
    Optional<Activity> reload(RunSummary run);

    ActivityReloader NONE = run -> Optional.empty();
}
