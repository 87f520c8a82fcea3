package org.heavylegs.formats.archive;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Walks files, folders (recursively, sorted), zip archives (nested too) and gzip files, and hands
 * every wanted file to a {@link Visitor} as bytes in memory. Archive members are read as streams
 * and never extracted: nothing is ever written to disk, so no entry name can reach a path.
 * Unsafe names (zip-slip) and archives that expand beyond the {@link ArchiveLimits} (zip bombs)
 * are refused with a message naming the entry.
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
    private long consumedBefore;

    /**
     * @param wanted which member paths (as named in folders and archives, '.gz' included) to read;
     *               files given directly are always read, archives are always opened
     */
    public Walker(ArchiveLimits limits, Predicate<String> wanted) {
        this.limits = limits;
        this.wanted = wanted;
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
        Counting counted = new Counting(buffered, visitor::progress);
        Budget budget = new Budget(limits.maxTotalBytes());
        try {
            if (plain.toLowerCase(Locale.ROOT).endsWith(".zip") || startsWithZipSignature(buffered)) {
                zip(root, chain, new ZipInputStream(counted), counted, 0, budget, visitor);
            } else {
                deliver(root, chain, readCapped(counted, plain), budget, visitor);
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
        return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
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
            deliver(root, chain, bytes, new Budget(limits.maxTotalBytes()), visitor);
            return true;
        } catch (Refused r) {
            visitor.refused(r.refusal(file.toString()));
            return false;
        }
    }

    /** Undoes gzip when the bytes are gzipped, then hands the member over. */
    private void deliver(Path root, List<String> chain, byte[] bytes, Budget budget, Visitor visitor) throws Refused {
        boolean gzipped = isGzip(bytes);
        byte[] plain = gzipped ? gunzip(bytes, budget) : bytes;
        visitor.member(new Member(root, chain, plain, gzipped));
    }

    private boolean zipFromDisk(Path root, String relative, Path file, Visitor visitor) {
        long before = consumedBefore;
        try (InputStream disk = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Counting counted = new Counting(disk, n -> visitor.progress(before + n));
            Budget budget = new Budget(limits.maxTotalBytes());
            try {
                zip(root, List.of(relative), new ZipInputStream(counted), counted, 0, budget, visitor);
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

    /**
     * Reads one zip level. A {@link Refused} of kind TOO_LARGE or TOO_MANY_ENTRIES stops the whole
     * top-level archive (the stream cannot be skipped safely past a bomb); a corrupt nested archive
     * is refused and its parent goes on.
     */
    private void zip(Path root, List<String> chain, ZipInputStream zis, Counting raw, int depth, Budget budget,
                     Visitor visitor) throws Refused {
        String here = display(root, chain);
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
                return;
            }
            entries++;
            String name = entry.getName();
            List<String> entryChain = append(chain, name);
            String entryDisplay = display(root, entryChain);
            if (entries > limits.maxEntries()) {
                throw new Refused(here, ArchiveRefusal.Kind.TOO_MANY_ENTRIES, "more than " + limits.maxEntries()
                        + " entries; refused as a possible zip bomb (the rest was not read)");
            }
            String unsafe = unsafeName(name);
            if (unsafe != null) {
                visitor.refused(new ArchiveRefusal(entryDisplay, ArchiveRefusal.Kind.UNSAFE_NAME,
                        "entry name " + unsafe + "; refused (zip-slip), nothing of it is used"));
                drain(new Guarded(zis, raw, entryDisplay, budget));
                continue;
            }
            if (entry.isDirectory()) {
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            Guarded data = new Guarded(zis, raw, entryDisplay, budget);
            if (lower.endsWith(".zip")) {
                if (depth + 1 > limits.maxDepth()) {
                    visitor.refused(new ArchiveRefusal(entryDisplay, ArchiveRefusal.Kind.TOO_DEEP,
                            "archive nested more than " + limits.maxDepth() + " levels deep; refused as a possible zip bomb"));
                    drain(data);
                    continue;
                }
                Counting nestedRaw = new Counting(data, n -> { });
                try {
                    zip(root, entryChain, new ZipInputStream(nestedRaw), nestedRaw, depth + 1, budget, visitor);
                } catch (Refused r) {
                    if (r.kind != ArchiveRefusal.Kind.CORRUPT) {
                        throw r;
                    }
                    visitor.refused(r.refusal(entryDisplay));
                }
                drain(data);
            } else if (wanted.test(name)) {
                byte[] bytes = data.readAll();
                try {
                    deliver(root, entryChain, bytes, budget, visitor);
                } catch (Refused r) {
                    // the member was read whole, so the archive stream is intact and can go on
                    visitor.refused(r.refusal(entryDisplay));
                }
            } else {
                drain(data);
                visitor.ignored(entryDisplay);
            }
        }
    }

    private void drain(Guarded data) throws Refused {
        data.skipAll();
    }

    /** Why a name is unsafe, or null when it is a plain relative path. */
    static String unsafeName(String name) {
        if (name.indexOf('\0') >= 0) {
            return "contains a NUL character";
        }
        String n = name.replace('\\', '/');
        if (n.startsWith("/")) {
            return "'" + name + "' is an absolute path";
        }
        if (n.length() >= 2 && n.charAt(1) == ':' && Character.isLetter(n.charAt(0))) {
            return "'" + name + "' names a drive";
        }
        for (String part : n.split("/", -1)) {
            if (part.equals("..")) {
                return "'" + name + "' climbs out of the archive with '..'";
            }
        }
        return null;
    }

    static boolean isGzip(byte[] b) {
        return b.length >= 2 && b[0] == (byte) 0x1f && b[1] == (byte) 0x8b;
    }

    private byte[] gunzip(byte[] gz, Budget budget) throws Refused {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 1 << 16)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, gz.length * 4));
            byte[] buf = new byte[1 << 16];
            long produced = 0;
            int r;
            while ((r = in.read(buf)) > 0) {
                produced += r;
                checkSize(produced, gz.length, budget, r, null);
                out.write(buf, 0, r);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new Refused(null, ArchiveRefusal.Kind.CORRUPT, "broken gzip data: " + e.getMessage());
        }
    }

    private void checkSize(long produced, long compressed, Budget budget, int justRead, String entry) throws Refused {
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

    static String display(Path root, List<String> chain) {
        StringBuilder sb = new StringBuilder(root.resolve(chain.get(0)).toString());
        for (int i = 1; i < chain.size(); i++) {
            sb.append("!/").append(chain.get(i));
        }
        return sb.toString();
    }

    private static List<String> append(List<String> chain, String name) {
        List<String> c = new ArrayList<>(chain.size() + 1);
        c.addAll(chain);
        c.add(name);
        return c;
    }

    /** Decompressed bytes left for one top-level archive. */
    private static final class Budget {
        final long limit;
        long used;

        Budget(long limit) {
            this.limit = limit;
        }

        boolean take(long n) {
            used += n;
            return used <= limit;
        }
    }

    /** A refusal travelling up through nested archives. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String entry;
        final ArchiveRefusal.Kind kind;

        Refused(String entry, ArchiveRefusal.Kind kind, String reason) {
            super(reason, null, false, false);
            this.entry = entry;
            this.kind = kind;
        }

        ArchiveRefusal refusal(String fallbackName) {
            return new ArchiveRefusal(entry == null ? fallbackName : entry, kind, getMessage());
        }
    }

    /** Counts the compressed bytes a zip level consumes. */
    private static final class Counting extends InputStream {
        private final InputStream in;
        private final java.util.function.LongConsumer onRead;
        private long count;

        Counting(InputStream in, java.util.function.LongConsumer onRead) {
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

    /**
     * The current entry of a zip level, with the size, ratio and total limits checked on every
     * read; the entry's compressed size is what its level consumed meanwhile.
     */
    private final class Guarded extends InputStream {
        private final ZipInputStream zis;
        private final Counting raw;
        private final String name;
        private final Budget budget;
        private final long rawStart;
        private long produced;

        Guarded(ZipInputStream zis, Counting raw, String name, Budget budget) {
            this.zis = zis;
            this.raw = raw;
            this.name = name;
            this.budget = budget;
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
                    checkSize(produced, raw.count() - rawStart, budget, r, name);
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

    /** Carries a refusal through InputStream.read of nested levels. */
    private static final class LimitIo extends IOException {
        private static final long serialVersionUID = 1L;
        final transient Refused refused;

        LimitIo(Refused refused) {
            super(refused.getMessage());
            this.refused = refused;
        }
    }
}
