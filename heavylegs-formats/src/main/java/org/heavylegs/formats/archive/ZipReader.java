package org.heavylegs.formats.archive;

import java.io.IOException;
import java.io.PushbackInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip archive level by level from a stream, nested archives included: hands wanted members
 * to the visitor, refuses unsafe names (zip-slip), archives nested too deep and, through
 * {@link GuardedEntry}, members that expand beyond the limits (zip bombs).
 */
final class ZipReader {
    private final ArchiveLimits limits;
    private final Predicate<String> wanted;
    private final ExpansionGuard guard;

    ZipReader(ArchiveLimits limits, Predicate<String> wanted, ExpansionGuard guard) {
        this.limits = limits;
        this.wanted = wanted;
        this.guard = guard;
    }

    /**
     * Reads one zip level from {@code raw}, first checking that it starts like a zip archive:
     * ZipInputStream finds no entries in data that is not a zip and says nothing, so a broken or
     * misnamed ".zip" would otherwise pass as an empty archive and be lost without a word. An empty
     * archive (only its end record) holds nothing and is no error.
     */
    void readArchive(Path root, List<String> chain, CountingStream raw, int depth, Budget budget,
                     Walker.Visitor visitor) throws Refused {
        String here = EntryNames.display(root, chain);
        PushbackInputStream in = new PushbackInputStream(raw, SIGNATURE_BYTES);
        byte[] head;
        try {
            head = in.readNBytes(SIGNATURE_BYTES);
            in.unread(head);
        } catch (LimitIo e) {
            throw e.refused;
        } catch (IOException e) {
            throw new Refused(here, ArchiveRefusal.Kind.IO, "cannot read: " + e.getMessage());
        }
        if (startsWith(head, EMPTY_ARCHIVE)) {
            return;
        }
        if (!startsWith(head, LOCAL_HEADER)) {
            throw new Refused(here, ArchiveRefusal.Kind.CORRUPT, head.length == 0 ? "empty file, not a zip archive"
                    : "not a zip archive (it does not start with a zip signature); nothing of it was read");
        }
        read(root, chain, new ZipInputStream(in), raw, depth, budget, visitor);
    }

    private static final int SIGNATURE_BYTES = 4;
    /** The signature of a zip's first local file header, "PK\3\4" (PKWARE APPNOTE 4.3.7). */
    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
    /** The end-of-central-directory signature, "PK\5\6": an archive with no entries starts with it (APPNOTE 4.3.16). */
    private static final byte[] EMPTY_ARCHIVE = {'P', 'K', 5, 6};

    /** True when {@code head} (a file's first bytes) is a zip's first local file header. */
    static boolean isLocalHeader(byte[] head) {
        return startsWith(head, LOCAL_HEADER);
    }

    /** True when {@code head} is an empty zip's end record. */
    static boolean isEmptyArchive(byte[] head) {
        return startsWith(head, EMPTY_ARCHIVE);
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length == signature.length && java.util.Arrays.equals(head, signature);
    }

    /**
     * Reads one zip level. A {@link Refused} of kind TOO_LARGE or TOO_MANY_ENTRIES stops the whole
     * top-level archive (the stream cannot be skipped safely past a bomb); a corrupt nested archive
     * is refused and its parent goes on.
     */
    private void read(Path root, List<String> chain, ZipInputStream zis, CountingStream raw, int depth, Budget budget,
              Walker.Visitor visitor) throws Refused {
        String here = EntryNames.display(root, chain);
        int entries = 0;
        while (true) {
            ZipEntry entry;
            try {
                entry = zis.getNextEntry();
            } catch (LimitIo e) {
                throw e.refused;
            } catch (ZipException e) {
                throw new Refused(here, ArchiveRefusal.Kind.CORRUPT, "broken zip data: " + e.getMessage()
                        + (entries > 0 ? "; entries after the " + entries + "th were not read" : ""));
            } catch (IOException e) {
                throw new Refused(here, ArchiveRefusal.Kind.IO, "cannot read: " + e.getMessage());
            }
            if (entry == null) {
                if (entries == 0) {
                    // only reached through readArchive, so the data starts with a local header: a zip
                    // whose first entry's header is cut short, which ZipInputStream reports as no entries
                    throw new Refused(here, ArchiveRefusal.Kind.CORRUPT, "broken zip data: its first entry is cut short; nothing was read");
                }
                return;
            }
            entries++;
            String name = entry.getName();
            List<String> entryChain = EntryNames.append(chain, name);
            String entryDisplay = EntryNames.display(root, entryChain);
            if (entries > limits.maxEntries()) {
                throw new Refused(here, ArchiveRefusal.Kind.TOO_MANY_ENTRIES, "more than " + limits.maxEntries()
                        + " entries; refused as a possible zip bomb (the rest was not read)");
            }
            String unsafe = EntryNames.unsafeName(name);
            if (unsafe != null) {
                visitor.refused(new ArchiveRefusal(entryDisplay, ArchiveRefusal.Kind.UNSAFE_NAME,
                        "entry name " + unsafe + "; refused (zip-slip), nothing of it is used"));
                new GuardedEntry(zis, raw, entryDisplay, budget, guard).skipAll();
                continue;
            }
            if (entry.isDirectory()) {
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            GuardedEntry data = new GuardedEntry(zis, raw, entryDisplay, budget, guard);
            if (lower.endsWith(".zip")) {
                if (depth + 1 > limits.maxDepth()) {
                    visitor.refused(new ArchiveRefusal(entryDisplay, ArchiveRefusal.Kind.TOO_DEEP,
                            "archive nested more than " + limits.maxDepth() + " levels deep; refused as a possible zip bomb"));
                    data.skipAll();
                    continue;
                }
                CountingStream nestedRaw = new CountingStream(data, n -> { });
                try {
                    readArchive(root, entryChain, nestedRaw, depth + 1, budget, visitor);
                } catch (Refused r) {
                    if (r.kind != ArchiveRefusal.Kind.CORRUPT) {
                        throw r;
                    }
                    visitor.refused(r.refusal(entryDisplay));
                }
                data.skipAll();
            } else if (wanted.test(name)) {
                byte[] bytes = data.readAll();
                try {
                    guard.deliver(root, entryChain, bytes, budget, visitor);
                } catch (Refused r) {
                    // the member was read whole, so the archive stream is intact and can go on
                    visitor.refused(r.refusal(entryDisplay));
                }
            } else {
                data.skipAll();
                visitor.ignored(entryDisplay);
            }
        }
    }
}
