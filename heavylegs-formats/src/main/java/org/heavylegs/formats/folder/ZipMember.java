package org.heavylegs.formats.folder;

import java.util.List;
import org.heavylegs.core.history.RunSummary;

/**
 * One activity file inside a zip of activities/ (nested zips too), or something of the zip that
 * was refused. Named as the importer names archive members: the zip as the folder loader lists it,
 * then each level joined by "!/" ("alex/activities/export.zip!/UploadedFiles_0.zip!/run.fit").
 *
 * @param name    the member, or for a refusal of the whole zip the zip itself
 * @param runs    the member's activities as summaries, in file order (empty when refused)
 * @param refusal why it was not used, or null
 */
public record ZipMember(String name, List<RunSummary> runs, String refusal) {

    public ZipMember {
        runs = List.copyOf(runs);
    }

    public static ZipMember read(String name, List<RunSummary> runs) {
        return new ZipMember(name, runs, null);
    }

    public static ZipMember refused(String name, String reason) {
        return new ZipMember(name, List.of(), reason);
    }
}
