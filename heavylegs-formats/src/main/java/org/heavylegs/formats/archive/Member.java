package org.heavylegs.formats.archive;

import java.nio.file.Path;
import java.util.List;

/**
 * One wanted file found on disk or inside an archive, held in memory (gzip already undone).
 *
 * @param root        the folder on disk it was found in (for a file given directly: its folder)
 * @param chain       the way to it: first the file's path relative to {@code root} with '/'
 *                    separators, then, for archive members, the entry name in each nested archive;
 *                    the last is the member's own path inside its innermost container
 * @param bytes       the plain content (a ".gz" member is decompressed)
 * @param gzipped     true when the stored member was gzip-compressed
 */
public record Member(Path root, List<String> chain, byte[] bytes, boolean gzipped) {

    public Member {
        chain = List.copyOf(chain);
    }

    /** The path inside the innermost container, with '/' separators. */
    public String path() {
        return chain.get(chain.size() - 1);
    }

    /** The lower-case file name without folders. */
    public String fileName() {
        String p = path();
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** Where the innermost container is, for linking siblings (e.g. Strava's activities.csv). */
    public String containerName() {
        return chain.size() == 1 ? root.toString() : EntryNames.display(root, chain.subList(0, chain.size() - 1));
    }

    /** A readable name for messages: the root, then each level joined by "!/". */
    public String displayName() {
        return EntryNames.display(root, chain);
    }
}
