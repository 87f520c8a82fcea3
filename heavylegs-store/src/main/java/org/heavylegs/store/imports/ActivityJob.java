package org.heavylegs.store.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.formats.UnreadableFileException;
import org.heavylegs.store.Activities;
import org.heavylegs.store.Ingest.DiskLocation;

/**
 * One activity file on its way into the store: {@link #run} (any thread) hashes it and, unless
 * its content is stored already, decodes it and prepares its activities for storing; the
 * importer's thread then writes the outcome. The file's bytes are let go once decoded.
 */
final class ActivityJob implements Runnable {
    final String name;
    /** Where the file lies on disk (null for archive members and uploads). */
    final DiskLocation at;
    /** The archive being read when this is one of its members, else null. */
    final DiskFile archive;
    /** The member's entry chain inside its archive ("a.zip!/b.fit" without the archive), for the folder cache. */
    final String archiveEntry;
    /** Container name + "/" + member path, for linking Strava's rows. */
    final String memberKey;
    private final Importer.Decoder decoder;
    private final Set<String> stored;
    private final int size;
    private byte[] bytes;

    // The outcome.
    String sha;
    /** True when the content was stored already when the job ran: not decoded. */
    boolean known;
    /** True when decoded (the importer counts the bytes). */
    boolean decoded;
    List<Activities.Prepared> activities;
    String refusalKind;
    String refusal;

    ActivityJob(String name, byte[] bytes, DiskLocation at, DiskFile archive, String archiveEntry,
                String memberKey, Importer.Decoder decoder, Set<String> stored) {
        this.name = name;
        this.bytes = bytes;
        this.size = bytes.length;
        this.at = at;
        this.archive = archive;
        this.archiveEntry = archiveEntry;
        this.memberKey = memberKey;
        this.decoder = decoder;
        this.stored = stored;
    }

    int size() {
        return size;
    }

    @Override
    public void run() {
        byte[] b = bytes;
        bytes = null;
        sha = Importer.sha256(b);
        if (stored.contains(sha)) {
            known = true;
            return;
        }
        decoded = true;
        List<Activity> read;
        try {
            read = decoder.decode(name, b);
        } catch (UnreadableFileException e) {
            refuse(e.kind().name(), e.reason() + (e.offset() >= 0 ? " (at offset " + e.offset() + ")" : ""));
            return;
        } catch (RuntimeException | StackOverflowError e) {
            // a reader bug must not stop the batch; the file is named and kept out
            refuse("INTERNAL", "internal error while reading (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); please report it with this file");
            return;
        }
        if (read.isEmpty()) {
            refuse(UnreadableFileException.Kind.NO_ACTIVITY.name(), "holds no activity");
            return;
        }
        for (Activity a : read) {
            if (a == null || a.start() == null || a.sport() == null || a.subSport() == null || a.format() == null
                    || a.streams() == null || a.summary() == null) {
                refuse("INTERNAL", "the reader gave an activity without its start, sport, format, samples or summary;"
                        + " please report it with this file");
                return;
            }
        }
        List<Activities.Prepared> out = new ArrayList<>(read.size());
        for (Activity a : read) {
            out.add(Activities.prepare(a));
        }
        activities = out;
    }

    private void refuse(String kind, String reason) {
        refusalKind = kind;
        refusal = reason;
    }
}
