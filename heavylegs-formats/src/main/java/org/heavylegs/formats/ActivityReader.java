package org.heavylegs.formats;

import java.util.List;
import org.heavylegs.core.activity.Activity;

/**
 * Reads one activity file format. Readers are chosen by content ({@link #recognizes}), not by
 * file name; {@link ActivityFiles} holds the explicit list and handles compression.
 */
public interface ActivityReader {

    /** True when the bytes look like this reader's format (magic bytes, root element). */
    boolean recognizes(byte[] data);

    /**
     * Decodes every session in the file (a multisport file gives several). Oddities become
     * warnings on the activities; a file that gives nothing usable is refused.
     *
     * @param source the name to use in messages and in {@link Activity#source()}
     */
    List<Activity> read(String source, byte[] data) throws UnreadableFileException;
}
