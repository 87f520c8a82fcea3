package org.heavylegs.formats.xml;

import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.formats.ActivityReader;
import org.heavylegs.formats.UnreadableFileException;

/** Placeholder until the reader lands; recognizes nothing. */
public final class GpxReader implements ActivityReader {
    @Override
    public boolean recognizes(byte[] data) {
        return false;
    }

    @Override
    public List<Activity> read(String source, byte[] data) throws UnreadableFileException {
        throw new UnreadableFileException(source, UnreadableFileException.Kind.UNKNOWN_FORMAT, "reader not written yet");
    }
}
