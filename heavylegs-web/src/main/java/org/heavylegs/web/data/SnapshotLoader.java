package org.heavylegs.web.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.core.history.AthleteData;
import org.heavylegs.core.history.InputProblem;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.formats.folder.AthleteFolder;
import org.heavylegs.formats.folder.AthleteYaml;
import org.heavylegs.store.Profiles;
import org.heavylegs.store.RunLog;
import org.heavylegs.store.StoredActivity;

/** Reads what the store holds about the athlete into an {@link AthleteSnapshot}. */
public final class SnapshotLoader {

    /** How the stored profile is named in messages. */
    public static final String PROFILE_LABEL = "questionnaire";

    private SnapshotLoader() {
    }

    public static AthleteSnapshot load(Db db, LocalDate today) {
        return db.read(store -> {
            Optional<Profiles.StoredProfile> stored = store.profiles().find(Origins.DASHBOARD);
            List<InputProblem> problems = new ArrayList<>();
            Athlete athlete = Athlete.UNKNOWN;
            ZoneId zone = null;
            if (stored.isPresent()) {
                AthleteYaml.Result r = AthleteYaml.parse(PROFILE_LABEL, stored.get().yaml(), today);
                athlete = r.athlete();
                zone = r.zone();
                problems.addAll(r.problems());
            }
            boolean zoneAssumed = zone == null;
            ZoneId z = zoneAssumed ? AthleteFolder.DEFAULT_ZONE : zone;
            List<StoredActivity> activities = store.activities().load(null, false);
            List<RunSummary> summaries = new ArrayList<>(activities.size());
            for (StoredActivity a : activities) {
                summaries.add(summary(a, z));
            }
            List<WellnessDay> wellness = store.wellness().days();
            List<RunLogEntry> log = store.runLog().entries().stream().map(RunLog.StoredEntry::entry).toList();
            List<LabValue> labs = store.labs().values();
            AthleteData data = new AthleteData(athlete, z, zoneAssumed, summaries, wellness, log, labs, problems);
            Instant saved = stored.map(Profiles.StoredProfile::updatedAt).orElse(null);
            return new AthleteSnapshot(data, activities, saved,
                    a -> db.read(s -> s.activities().withSamples(a)));
        });
    }

    /** A run summary from the totals and heart-rate distribution computed at import (no samples loaded). */
    public static RunSummary summary(StoredActivity a, ZoneId zone) {
        var t = a.totals();
        var act = a.activity();
        return new RunSummary(act.source(), act.sport(), act.subSport(), act.start(), act.start().atZone(zone).toLocalDate(),
                t.elapsedS(), t.timerS(), t.distanceM(), t.avgHeartRateBpm(), t.maxHeartRateBpm(), t.avgCadenceSpm(),
                a.heartRate(), Double.NaN, null, Map.of());
    }
}
