package org.heavylegs.formats.fit;

import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.formats.ActivityReader;
import org.heavylegs.formats.UnreadableFileException;
import org.heavylegs.formats.UnreadableFileException.Kind;

/**
 * Reads FIT activity files with our own decoder ({@link FitDecoder}, written from the public FIT
 * protocol description), one {@link Activity} per session. Damage after usable data becomes a
 * warning on the activities; a broken header, a file with nothing usable, or a FIT file that holds
 * no activity (settings, workout, course, monitoring, weight...) is refused with a typed reason.
 */
public final class FitReader implements ActivityReader {

    @Override
    public boolean recognizes(byte[] data) {
        // A damaged signature with a plausible size and protocol version is still taken as FIT,
        // to be refused as a corrupt FIT header rather than as an unknown format.
        return FitDecoder.looksLikeHeader(data, 0);
    }

    @Override
    public List<Activity> read(String source, byte[] data) throws UnreadableFileException {
        // The decoder writes into this thread's reused arrays; the activities get copies.
        Scratch scratch = Scratch.borrow();
        try {
            return read(source, new FitDecoder(source, data, scratch).decode());
        } finally {
            scratch.giveBack();
        }
    }

    private static List<Activity> read(String source, FitContent content) throws UnreadableFileException {
        int timed = content.records.rows() - content.rowsWithoutTime;
        boolean hasData = timed > 0 || !content.sessions.isEmpty();
        String notActivity = nonActivityType(content);
        if (notActivity != null) {
            throw new UnreadableFileException(source, Kind.NO_ACTIVITY,
                    "a FIT " + notActivity + " file, not an activity");
        }
        if (!hasData) {
            if (content.records.rows() > 0) {
                throw new UnreadableFileException(source, Kind.NO_ACTIVITY, "its " + content.records.rows()
                        + " records carry no timestamp and there is no session, so nothing can be placed in time");
            }
            if (content.damage != null) {
                throw new UnreadableFileException(source, content.damage,
                        content.damageReason + "; nothing usable before it", content.damageOffset);
            }
            throw new UnreadableFileException(source, Kind.NO_ACTIVITY,
                    "a FIT activity file without any record or session");
        }
        List<Activity> all = ActivityAssembler.assemble(source, content);
        List<Activity> placed = new ArrayList<>();
        for (Activity a : all) {
            if (a.start() != null) {
                placed.add(a);
            }
        }
        if (placed.isEmpty()) {
            throw new UnreadableFileException(source, Kind.NO_ACTIVITY,
                    "no timestamp anywhere in its sessions or records, so nothing can be placed in time");
        }
        if (placed.size() < all.size()) {
            String note = (all.size() - placed.size()) + " sessions without any time were left out";
            placed.replaceAll(a -> {
                List<String> w = new ArrayList<>(a.warnings());
                w.add(note);
                return a.withWarnings(w);
            });
        }
        return placed;
    }

    /**
     * The type name when no part of the file is an activity: every chained part that names its
     * type names another one (a part without file_id counts as possibly an activity).
     */
    private static String nonActivityType(FitContent content) {
        String other = null;
        for (int type : content.fileTypes) {
            if (type == Profile.FILE_TYPE_ACTIVITY || type < 0) {
                return null;
            }
            if (other == null) {
                other = FitNames.fileType(type);
            }
        }
        return other;
    }
}
