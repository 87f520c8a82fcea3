package org.heavylegs.formats.xml;

import java.util.ArrayList;
import java.util.List;

/**
 * What the TCX and GPX handlers share: the element being read, the elements read so far, and
 * numbers parsed with the element's notes (a number that does not parse becomes a counted warning).
 */
abstract class RecordingHandler<T extends RecordedElement> implements XmlWalker.Handler {
    private final List<T> read = new ArrayList<>();
    /** The element being read; null outside one. */
    T current;

    /** The element being read has ended. */
    void close() {
        read.add(current);
        current = null;
    }

    /** The elements read, with the one open where the document broke off (if any) closed as is. */
    List<T> finish() {
        if (current != null) {
            close();
        }
        return read;
    }

    double number(String text, ElementPath path) {
        return current.notes.number(text, path.parent() + "/" + path.name());
    }
}
