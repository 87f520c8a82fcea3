package org.heavylegs.store.imports;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one import did; filled while it runs, so a progress display can read it. */
public final class ImportReport {

    /** A file or entry that could not be used, with the reason. */
    public record Refusal(String name, String reason) {
        @Override
        public String toString() {
            return name + ": " + reason;
        }
    }

    int filesImported;
    int activities;
    int wellnessDays;
    int runLogRecords;
    int duplicates;
    int unchanged;
    int ignored;
    long bytesRead;
    long totalBytes;
    long plainBytesDecoded;
    Duration elapsed = Duration.ZERO;
    final List<Refusal> refused = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final Set<String> present = new LinkedHashSet<>();
    final Map<String, Map<String, String>> archiveMembers = new LinkedHashMap<>();

    /** Files stored by this run (activity files, wellness JSON, activities.csv). */
    public int filesImported() {
        return filesImported;
    }

    /** Activities stored by this run. */
    public int activities() {
        return activities;
    }

    /** Wellness days written (a day filled by several files counts once per file). */
    public int wellnessDays() {
        return wellnessDays;
    }

    /** Run-log records written from exports (Strava's weather). */
    public int runLogRecords() {
        return runLogRecords;
    }

    /** Files whose content was already stored (found by content hash). */
    public int duplicates() {
        return duplicates;
    }

    /** Files and archives skipped unread because path, size and modification time were unchanged. */
    public int unchanged() {
        return unchanged;
    }

    /** Files in folders and archives that are neither activities nor known export files. */
    public int ignored() {
        return ignored;
    }

    public List<Refusal> refused() {
        return Collections.unmodifiableList(refused);
    }

    /** Values dropped from otherwise usable files (implausible readings, unreadable dates). */
    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** Bytes of the input files read from disk (archives count compressed). */
    public long bytesRead() {
        return bytesRead;
    }

    /** Bytes of all input files on disk, for progress. */
    public long totalBytes() {
        return totalBytes;
    }

    /** Plain bytes of the activity files decoded by this run (after gzip and zip). */
    public long plainBytesDecoded() {
        return plainBytesDecoded;
    }

    public Duration elapsed() {
        return elapsed;
    }

    /**
     * The content hashes of every file present in the inputs now: imported, duplicate or unchanged
     * (refused ones too). Load the activities of exactly these to work on a folder as it is now.
     */
    public Set<String> present() {
        return Collections.unmodifiableSet(present);
    }

    /**
     * The zips on disk this run read or found unchanged, by path: for each, its members' entry
     * chains ("part.zip!/run.fit", the zip itself left out) and content hashes; a zip read only
     * in part (something of it was refused) with the members read. The folder cache names the
     * activities of a zip in activities/ from these.
     */
    public Map<String, Map<String, String>> archiveMembers() {
        return Collections.unmodifiableMap(archiveMembers);
    }

    /** Files handled so far: imported, duplicates, unchanged and refused. */
    public int filesSeen() {
        return filesImported + duplicates + unchanged + refused.size();
    }
}
