package org.heavylegs.formats.archive;

import java.io.IOException;

/** Carries a {@link Refused} through InputStream.read of nested levels. */
final class LimitIo extends IOException {
    private static final long serialVersionUID = 1L;
    final transient Refused refused;

    LimitIo(Refused refused) {
        super(refused.getMessage());
        this.refused = refused;
    }
}
