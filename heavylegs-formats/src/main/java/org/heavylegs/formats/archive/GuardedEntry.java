package org.heavylegs.formats.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipInputStream;

/**
 * The current entry of a zip level, with the size, ratio and total limits checked on every read;
 * the entry's compressed size is what its level consumed meanwhile.
 */
final class GuardedEntry extends InputStream {
    private final ZipInputStream zis;
    private final CountingStream raw;
    private final String name;
    private final Budget budget;
    private final ExpansionGuard guard;
    private final long rawStart;
    private long produced;

    GuardedEntry(ZipInputStream zis, CountingStream raw, String name, Budget budget, ExpansionGuard guard) {
        this.zis = zis;
        this.raw = raw;
        this.name = name;
        this.budget = budget;
        this.guard = guard;
        this.rawStart = raw.count();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int r = zis.read(b, off, len);
        if (r > 0) {
            produced += r;
            try {
                guard.check(produced, raw.count() - rawStart, budget, r, name);
            } catch (Refused e) {
                throw new LimitIo(e);
            }
        }
        return r;
    }

    byte[] readAll() throws Refused {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buf = new byte[1 << 16];
        try {
            int r;
            while ((r = read(buf, 0, buf.length)) > 0) {
                out.write(buf, 0, r);
            }
        } catch (LimitIo e) {
            throw e.refused;
        } catch (IOException e) {
            throw new Refused(name, ArchiveRefusal.Kind.CORRUPT, "broken zip data: " + e.getMessage());
        }
        return out.toByteArray();
    }

    void skipAll() throws Refused {
        byte[] buf = new byte[1 << 16];
        try {
            while (read(buf, 0, buf.length) > 0) {
                // discard, still counted against the limits
            }
        } catch (LimitIo e) {
            throw e.refused;
        } catch (IOException e) {
            throw new Refused(name, ArchiveRefusal.Kind.CORRUPT, "broken zip data: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        // entries are closed by their zip level
    }
}
