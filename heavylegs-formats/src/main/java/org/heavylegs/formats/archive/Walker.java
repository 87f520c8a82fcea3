package org.heavylegs.formats.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Walks files, folders (recursively, sorted), zip archives (nested too) and gzip files, and hands
 * every wanted file to a {@link Visitor} as bytes in memory. Archive members are read as streams
 * and never extracted: nothing is ever written to disk, so no entry name can reach a path.
 * Unsafe names (zip-slip) and archives that expand beyond the {@link ArchiveLimits} (zip bombs)
 * are refused with a message naming the entry: {@link ZipReader} reads the archives,
 * {@link ExpansionGuard} keeps their decompression within the limits.
 */
public final class Walker {

    /** What the walk found, in order. */
    public interface Visitor {
        /**
         * A file on disk is about to be read (a plain file or an archive). Returning false skips it,
         * e.g. because the store knows it unchanged; {@link #left} is not called then.
         *
         * @param relative its path relative to the root it was found in, '/' separated
         */
        default boolean enter(Path file, String relative, BasicFileAttributes attributes) {
            return true;
        }

        /** A wanted file or archive member, in memory. */
        void member(Member member);

        /** An entry, or the rest of an archive, was not read; the walk goes on. */
        void refused(ArchiveRefusal refusal);

        /** A file in a folder that is neither wanted nor an archive. */
        default void ignored(String displayName) {
        }

        /** A file on disk was read to its end ({@code complete}) or abandoned after a refusal. */
        default void left(Path file, String relative, boolean complete) {
        }

        /** Input bytes consumed so far, out of {@link #totalBytes}. */
        default void progress(long bytesRead) {
        }
    }

    private final ArchiveLimits limits;
    private final Predicate<String> wanted;
    private final ExpansionGuard guard;
    private final ZipReader zips;
    private long consumedBefore;

    /**
     * @param wanted which member paths (as named in folders and archives, '.gz' included) to read;
     *               files given directly are always read, archives are always opened
     */
    public Walker(ArchiveLimits limits, Predicate<String> wanted) {
        this.limits = limits;
        this.wanted = wanted;
        this.guard = new ExpansionGuard(limits);
        this.zips = new ZipReader(limits, wanted, guard);
    }

    /** The bytes on disk of everything {@link #walk} would read, for a progress bar. */
    public static long totalBytes(List<Path> inputs) {
        long total = 0;
        for (Path p : inputs) {
            try {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.walk(p)) {
                        total += s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
                    }
                } else if (Files.isRegularFile(p)) {
                    total += Files.size(p);
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // counted as zero; the walk itself reports the problem
            }
        }
        return total;
    }

    public void walk(List<Path> inputs, Visitor visitor) {
        consumedBefore = 0;
        for (Path input : inputs) {
            Path abs = input.toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(abs)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                } catch (IOException | java.io.UncheckedIOException e) {
                    visitor.refused(new ArchiveRefusal(input.toString(), ArchiveRefusal.Kind.IO,
                            "cannot list folder: " + e.getMessage()));
                    continue;
                }
                for (Path f : files) {
                    file(abs, abs.relativize(f).toString().replace('\\', '/'), false, visitor);
                }
            } else if (Files.isRegularFile(abs)) {
                Path parent = abs.getParent();
                file(parent, abs.getFileName().toString(), true, visitor);
            } else {
                visitor.refused(new ArchiveRefusal(input.toString(), ArchiveRefusal.Kind.IO, "no such file or folder"));
            }
        }
    }

    /**
     * Walks one input that is not on disk, such as an upload: a zip archive (named .zip, or starting
     * with a zip signature) or a single file, read from the stream and never written anywhere.
     * Messages name it by {@code name} reduced to a plain file name ({@link #plainName}), archive
     * members as "name!/entry". {@link Visitor#enter} and {@link Visitor#left} are not called: there
     * is no file on disk. The caller closes the stream.
     */
    public void walk(String name, InputStream in, Visitor visitor) {
        consumedBefore = 0;
        String plain = plainName(name);
        Path root = Path.of("");
        List<String> chain = List.of(plain);
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        CountingStream counted = new CountingStream(buffered, visitor::progress);
        Budget budget = new Budget(limits.maxTotalBytes());
        try {
            if (plain.toLowerCase(Locale.ROOT).endsWith(".zip") || startsWithZipSignature(buffered)) {
                zips.readArchive(root, chain, counted, 0, budget, visitor);
            } else {
                guard.deliver(root, chain, readCapped(counted, plain), budget, visitor);
            }
        } catch (Refused r) {
            visitor.refused(r.refusal(r.entry == null ? plain : r.entry));
        } catch (IOException e) {
            visitor.refused(new ArchiveRefusal(plain, ArchiveRefusal.Kind.IO, "cannot read: " + e.getMessage()));
        }
    }

    /** The last path segment of a name given by a client, with anything but letters, digits and ._-+() made '_'. */
    public static String plainName(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().forEach(c -> sb.appendCodePoint(Character.isLetterOrDigit(c) || "._-+() ".indexOf(c) >= 0 ? c : '_'));
        String out = sb.toString();
        return out.isBlank() || out.equals(".") || out.equals("..") ? "upload" : out;
    }

    private static boolean startsWithZipSignature(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        return ZipReader.isLocalHeader(head);
    }

    /** True when a file's first four bytes start a zip archive (an entry, or an empty archive's end record). */
    public static boolean startsLikeZip(byte[] head) {
        return ZipReader.isLocalHeader(head) || ZipReader.isEmptyArchive(head);
    }

    /** All bytes of a single streamed file, refused beyond the member limit. */
    private byte[] readCapped(InputStream in, String name) throws IOException, Refused {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxMemberBytes() + 1));
        if (bytes.length > limits.maxMemberBytes()) {
            throw new Refused(name, ArchiveRefusal.Kind.TOO_LARGE, "file is larger than the limit of "
                    + limits.maxMemberBytes() + " bytes");
        }
        return bytes;
    }

    private void file(Path root, String relative, boolean given, Visitor visitor) {
        Path file = root.resolve(relative);
        String lower = relative.toLowerCase(Locale.ROOT);
        boolean archive = lower.endsWith(".zip");
        if (!archive && !given && !wanted.test(relative)) {
            visitor.ignored(file.toString());
            return;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            visitor.refused(new ArchiveRefusal(file.toString(), ArchiveRefusal.Kind.IO, "cannot read: " + e.getMessage()));
            return;
        }
        if (!visitor.enter(file, relative, attributes)) {
            consumedBefore += attributes.size();
            visitor.progress(consumedBefore);
            return;
        }
        boolean complete;
        if (archive) {
            complete = zipFromDisk(root, relative, file, visitor);
        } else {
            complete = plainFromDisk(root, relative, file, attributes.size(), visitor);
        }
        consumedBefore += attributes.size();
        visitor.progress(consumedBefore);
        visitor.left(file, relative, complete);
    }

    private boolean plainFromDisk(Path root, String relative, Path file, long size, Visitor visitor) {
        List<String> chain = List.of(relative);
        if (size > limits.maxMemberBytes() && !relative.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            visitor.refused(new ArchiveRefusal(file.toString(), ArchiveRefusal.Kind.TOO_LARGE,
                    "file of " + size + " bytes is larger than the limit of " + limits.maxMemberBytes() + " bytes"));
            return false;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            visitor.refused(new ArchiveRefusal(file.toString(), ArchiveRefusal.Kind.IO, "cannot read: " + e.getMessage()));
            return false;
        }
        try {
            guard.deliver(root, chain, bytes, new Budget(limits.maxTotalBytes()), visitor);
            return true;
        } catch (Refused r) {
            visitor.refused(r.refusal(file.toString()));
            return false;
        }
    }

    private boolean zipFromDisk(Path root, String relative, Path file, Visitor visitor) {
        long before = consumedBefore;
        try (InputStream disk = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            CountingStream counted = new CountingStream(disk, n -> visitor.progress(before + n));
            Budget budget = new Budget(limits.maxTotalBytes());
            try {
                zips.readArchive(root, List.of(relative), counted, 0, budget, visitor);
                return true;
            } catch (Refused r) {
                visitor.refused(r.refusal(r.entry == null ? file.toString() : r.entry));
                return false;
            }
        } catch (IOException e) {
            visitor.refused(new ArchiveRefusal(file.toString(), ArchiveRefusal.Kind.IO, "cannot read: " + e.getMessage()));
            return false;
        }
    }
}
