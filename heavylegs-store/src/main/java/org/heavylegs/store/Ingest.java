package org.heavylegs.store;

import java.time.Clock;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.WellnessDay;

/**
 * Stores one file with everything read from it in one transaction: it is there whole or not at
 * all, so a process killed at any moment leaves a consistent store that a re-run completes. When
 * the file lies on disk by itself, its location goes into the same transaction (the folder cache).
 */
public final class Ingest {

    /** The file being stored, identified by the SHA-256 of its plain content. */
    public record FileInfo(String sha256, String name, long sizeBytes, String kind, String format, String reader) {
    }

    /** Where a plain file lies on disk, or null for archive members. */
    public record DiskLocation(String path, long sizeBytes, long modifiedMs) {
    }

    /** A run-log entry with its key and the activity file it belongs to (null when none). */
    public record LinkedEntry(String originRef, String fileSha256, RunLogEntry entry) {
    }

    private final Store store;
    private final Clock clock;

    Ingest(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** An activity file and its activities (a multisport file gives several). */
    public void activities(FileInfo f, List<Activity> activities, DiskLocation at) {
        prepared(f, activities.stream().map(Activities::prepare).toList(), at);
    }

    /** An activity file and its activities, prepared ({@link Activities#prepare}) on another thread. */
    public void prepared(FileInfo f, List<Activities.Prepared> activities, DiskLocation at) {
        store.inTransaction(c -> {
            SourceFiles.put(c, f.sha256(), f.name(), f.sizeBytes(), f.kind(), f.format(), clock.instant(), null, null, f.reader());
            int index = 0;
            for (Activities.Prepared a : activities) {
                Activities.insert(c, f.sha256(), index++, a);
            }
            location(c, f, at);
            return null;
        });
    }

    /** A file that gave nothing usable, kept so an unchanged folder does not decode it again. */
    public void refusal(FileInfo f, String refusalKind, String reason, DiskLocation at) {
        store.inTransaction(c -> {
            SourceFiles.put(c, f.sha256(), f.name(), f.sizeBytes(), f.kind(), f.format(), clock.instant(), refusalKind, reason, f.reader());
            location(c, f, at);
            return null;
        });
    }

    /** A wellness file (e.g. Garmin's sleepData.json): its days merged into an origin. */
    public void wellness(FileInfo f, String origin, List<WellnessDay> days, DiskLocation at) {
        wellness(f, origin, days, List.of(), at);
    }

    /**
     * A wellness file: its days merged into an origin, and kept with what was dropped from it
     * ({@code warnings}) under the file's hash too ({@link Wellness#ofFiles}), for the folder cache.
     */
    public void wellness(FileInfo f, String origin, List<WellnessDay> days, List<String> warnings, DiskLocation at) {
        store.inTransaction(c -> {
            SourceFiles.put(c, f.sha256(), f.name(), f.sizeBytes(), f.kind(), f.format(), clock.instant(), null, null, f.reader());
            Wellness.merge(c, origin, days);
            Wellness.putFile(c, f.sha256(), days, warnings);
            location(c, f, at);
            return null;
        });
    }

    /** A file of run-log records (e.g. Strava's activities.csv), upserted by (origin, ref). */
    public void runLog(FileInfo f, String origin, List<LinkedEntry> entries, DiskLocation at) {
        store.inTransaction(c -> {
            SourceFiles.put(c, f.sha256(), f.name(), f.sizeBytes(), f.kind(), f.format(), clock.instant(), null, null, f.reader());
            for (LinkedEntry e : entries) {
                RunLog.upsert(c, origin, e.originRef(), e.fileSha256(), e.entry());
            }
            location(c, f, at);
            return null;
        });
    }

    /** A file on disk whose content is already stored: only its location is recorded. */
    public void seenAt(FileInfo f, DiskLocation at) {
        if (at == null) {
            return;
        }
        store.inTransaction(c -> {
            location(c, f, at);
            return null;
        });
    }

    private static void location(java.sql.Connection c, FileInfo f, DiskLocation at) throws java.sql.SQLException {
        if (at != null) {
            Locations.putFile(c, at.path(), at.sizeBytes(), at.modifiedMs(), f.sha256());
        }
    }
}
