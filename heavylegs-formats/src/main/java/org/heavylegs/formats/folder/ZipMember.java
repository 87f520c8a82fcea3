package org.heavylegs.formats.folder;

import java.util.List;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.core.history.RunSummary;

/**
 * One activity file or Garmin wellness file inside a zip of activities/ (nested zips too), or
 * something of the zip that was refused. Named as the importer names archive members: the zip as
 * the folder loader lists it, then each level joined by "!/"
 * ("alex/activities/export.zip!/UploadedFiles_0.zip!/run.fit").
 *
 * @param name     the member, or for a refusal of the whole zip the zip itself
 * @param runs     the member's activities as summaries, in file order (empty when refused or wellness)
 * @param refusal  why it was not used, or null
 * @param wellness the days of a Garmin wellness file (sleepData, healthStatusData, UDSFile,
 *                 userBioMetrics), in date order; empty for an activity file
 * @param warnings values dropped from a usable wellness file (implausible readings, missing dates)
 */
public record ZipMember(String name, List<RunSummary> runs, String refusal, List<WellnessDay> wellness,
                        List<String> warnings) {

    public ZipMember {
        runs = List.copyOf(runs);
        wellness = List.copyOf(wellness);
        warnings = List.copyOf(warnings);
    }

    public ZipMember(String name, List<RunSummary> runs, String refusal) {
        this(name, runs, refusal, List.of(), List.of());
    }

    public static ZipMember read(String name, List<RunSummary> runs) {
        return new ZipMember(name, runs, null);
    }

    /** A wellness file of an export: its days and what was dropped from it. */
    public static ZipMember wellness(String name, List<WellnessDay> days, List<String> warnings) {
        return new ZipMember(name, List.of(), null, days, warnings);
    }

    public static ZipMember refused(String name, String reason) {
        return new ZipMember(name, List.of(), reason);
    }
}
