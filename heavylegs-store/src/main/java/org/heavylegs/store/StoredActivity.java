package org.heavylegs.store;

import org.heavylegs.core.history.HeartRateHistogram;

import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Totals;

/**
 * An activity as stored: its id, the file it came from, the totals computed at import and the
 * activity itself. Loaded without samples, {@code activity().streams()} is empty and
 * {@code activity().rrS()} has no values; {@link #channels} and {@link #samples} still tell what the
 * stored samples hold.
 *
 * @param heartRate   seconds per bpm, computed at import, so loads need no samples (empty without HR)
 * @param duplicateOf the id of the stored activity that records the same session from another file
 *                    (same sport, start within {@link Activities#SAME_SESSION_MS}), or null
 */
public record StoredActivity(long id, String fileSha256, int sessionIndex, Activity activity, Totals totals,
                             List<Channel> channels, int samples, Long duplicateOf, HeartRateHistogram heartRate) {
    public StoredActivity {
        channels = List.copyOf(channels);
        heartRate = heartRate == null ? HeartRateHistogram.EMPTY : heartRate;
    }
}
