package org.heavylegs.web.data;

import java.io.IOException;
import java.io.InputStream;
import org.heavylegs.store.imports.ImportReport;
import org.heavylegs.store.imports.Importer;

/**
 * Imports uploads through the store's Importer, from the request's stream: nothing is written to
 * disk. One upload imports at a time (the store has one writer); pages stay readable meanwhile.
 */
public final class Uploads {

    /** The upload was larger than allowed; nothing after the limit was read. */
    public static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TooLarge(long limit) {
            super("the upload is larger than the limit of " + limit / 1_000_000 + " MB and was refused; "
                    + "import bigger archives with `heavylegs import FILE`");
        }

        /** Past the limit after some files were already stored (a body sent without its length). */
        TooLarge(long limit, ImportReport before) {
            super("the upload is larger than the limit of " + limit / 1_000_000 + " MB; reading stopped there ("
                    + before.filesImported() + " file(s) read before it were kept); import bigger archives with "
                    + "`heavylegs import FILE`");
        }
    }

    private final Db db;
    private final long maxBytes;

    public Uploads(Db db, long maxBytes) {
        this.db = db;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * @param size the length when known (Content-Length), else -1
     * @throws TooLarge when the stream holds more than the limit
     */
    public ImportReport importStream(String name, InputStream in, long size) {
        if (size > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        Capped capped = new Capped(in, maxBytes);
        ImportReport r = db.write(s -> new Importer(s).run(name, capped, size));
        if (capped.exceeded) {
            throw new TooLarge(maxBytes, r);
        }
        return r;
    }

    /** Stops reading past the limit: reading on fails, so the walker refuses the rest. */
    private static final class Capped extends InputStream {
        private final InputStream in;
        private final long max;
        private long count;
        boolean exceeded;

        Capped(InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (count >= max) {
                int probe = in.read();
                if (probe < 0) {
                    return -1;
                }
                exceeded = true;
                throw new IOException("upload larger than " + max + " bytes");
            }
            int r = in.read(b, off, (int) Math.min(len, max - count));
            if (r > 0) {
                count += r;
            }
            return r;
        }
    }
}
