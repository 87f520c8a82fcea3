package org.heavylegs.formats.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Keeps decompression within the {@link ArchiveLimits}: checks every member's size, its ratio to the
 * compressed size and the archive's total, and undoes gzip under the same checks.
 */
final class ExpansionGuard {
    private final ArchiveLimits limits;

    ExpansionGuard(ArchiveLimits limits) {
        this.limits = limits;
    }

    /**
     * @param produced   bytes of the member decompressed so far
     * @param compressed bytes of compressed input they came from
     * @param justRead   bytes produced by the last read, counted against the budget
     * @param entry      the member refused on failure, null when the caller names it
     */
    void check(long produced, long compressed, Budget budget, int justRead, String entry) throws Refused {
        if (produced > limits.maxMemberBytes()) {
            throw new Refused(entry, ArchiveRefusal.Kind.TOO_LARGE, "expands beyond " + limits.maxMemberBytes()
                    + " bytes; refused as a possible zip bomb (the rest of the archive was not read)");
        }
        if (produced > ArchiveLimits.RATIO_FLOOR_BYTES && produced > limits.maxRatio() * Math.max(1, compressed)) {
            throw new Refused(entry, ArchiveRefusal.Kind.TOO_LARGE, "expands more than " + limits.maxRatio()
                    + " times its compressed size; refused as a possible zip bomb (the rest of the archive was not read)");
        }
        if (!budget.take(justRead)) {
            throw new Refused(entry, ArchiveRefusal.Kind.TOO_LARGE, "the archive expands beyond " + budget.limit
                    + " bytes in all; refused as a possible zip bomb (the rest was not read)");
        }
    }

    /** Undoes gzip when the bytes are gzipped, then hands the member over. */
    void deliver(Path root, List<String> chain, byte[] bytes, Budget budget, Walker.Visitor visitor) throws Refused {
        boolean gzipped = isGzip(bytes);
        byte[] plain = gzipped ? gunzip(bytes, budget) : bytes;
        visitor.member(new Member(root, chain, plain, gzipped));
    }

    static boolean isGzip(byte[] b) {
        return b.length >= 2 && b[0] == (byte) 0x1f && b[1] == (byte) 0x8b;
    }

    /**
     * The plain bytes. A gzip that ends early (a download cut off) gives the part before the cut, as
     * a cut plain file gives its bytes: the decoder keeps what it can read of it and names the cut;
     * only a gzip of which nothing can be decompressed is refused.
     */
    private byte[] gunzip(byte[] gz, Budget budget) throws Refused {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, gz.length * 4));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            long produced = 0;
            int r;
            while ((r = in.read(buf)) > 0) {
                produced += r;
                check(produced, gz.length, budget, r, null);
                out.write(buf, 0, r);
            }
            return out.toByteArray();
        } catch (java.io.EOFException e) {
            if (out.size() == 0) {
                throw new Refused(null, ArchiveRefusal.Kind.CORRUPT, "broken gzip data: " + e.getMessage());
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new Refused(null, ArchiveRefusal.Kind.CORRUPT, "broken gzip data: " + e.getMessage());
        }
    }
}
