package org.heavylegs.web.data;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.history.AthleteData;
import org.heavylegs.store.StoredActivity;

/**
 * What the store holds about the athlete at one moment: everything a {@link DiagnosisSource} needs.
 *
 * @param data          profile, run summaries (totals from import, no streams), wellness, run log, labs
 * @param activities    the stored activities (same sessions recorded twice left out), in start order,
 *                      index for index with {@code data.activities()}
 * @param profileSaved  when the questionnaire was last saved, or null when never
 * @param samples       loads the streams of one stored activity (e.g. the focus run)
 */
public record AthleteSnapshot(AthleteData data, List<StoredActivity> activities, Instant profileSaved,
                              SampleLoader samples) {

    /** Loads one activity's samples from the store. */
    @FunctionalInterface
    public interface SampleLoader {
        Activity withSamples(StoredActivity stored);
    }

    public AthleteSnapshot {
        activities = List.copyOf(activities);
    }

    /** The day to look from when none is asked for: the latest dated data, else today. */
    public LocalDate defaultAsOf(LocalDate today) {
        LocalDate latest = data.latestDate();
        return latest == null ? today : latest;
    }

    /** The latest activity that is a run, on or before {@code asOf}. */
    public Optional<StoredActivity> latestRun(LocalDate asOf) {
        for (int i = activities.size() - 1; i >= 0; i--) {
            if (data.activities().get(i).isRun() && !data.activities().get(i).date().isAfter(asOf)) {
                return Optional.of(activities.get(i));
            }
        }
        return Optional.empty();
    }

    public Activity withSamples(StoredActivity stored) {
        return samples.withSamples(stored);
    }
}
