package org.heavylegs.formats.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Counts the compressed bytes a zip level consumes, telling {@code onRead} the count after each read. */
final class CountingStream extends InputStream {
    private final InputStream in;
    private final LongConsumer onRead;
    private long count;

    CountingStream(InputStream in, LongConsumer onRead) {
        this.in = in;
        this.onRead = onRead;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int r = in.read(b, off, len);
        if (r > 0) {
            count += r;
            onRead.accept(count);
        }
        return r;
    }

    @Override
    public void close() {
        // the owner closes the underlying stream
    }
}
