package org.heavylegs.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.clean.Cleaner;
import org.heavylegs.formats.fit.FitReader;
import org.heavylegs.formats.xml.GpxReader;
import org.heavylegs.formats.xml.TcxReader;

/**
 * Reads activity files of any supported format, gzipped or not, choosing the reader by content.
 * Every activity read is passed through the lenient {@link Cleaner}.
 */
public final class ActivityFiles {

    /** A gzipped activity file may expand to at most this many bytes (a zip-bomb guard). */
    public static final long MAX_EXPANDED_BYTES = 512L * 1024 * 1024;
    /** ... and at most this many times its compressed size. */
    public static final long MAX_EXPANSION_RATIO = 200;

    private static final byte GZIP_MAGIC_0 = (byte) 0x1f;
    private static final byte GZIP_MAGIC_1 = (byte) 0x8b;

    private ActivityFiles() {
    }

    /** The readers, explicitly, in the order they are asked. */
    public static List<ActivityReader> readers() {
        return List.of(new FitReader(), new TcxReader(), new GpxReader());
    }

    public static List<Activity> read(Path file) throws UnreadableFileException {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableFileException(file.toString(), UnreadableFileException.Kind.IO,
                    "cannot read: " + e.getMessage());
        }
        return read(file.toString(), data);
    }

    /** Decodes one file's bytes (gzip is undone first) into cleaned activities. */
    public static List<Activity> read(String source, byte[] data) throws UnreadableFileException {
        if (isGzip(data)) {
            Gunzipped g = gunzip(source, data);
            if (g.cutOff() == null) {
                return readPlain(source, g.plain());
            }
            // cut off (a download that stopped): the part before the cut is read as a cut plain
            // file would be; when that part cannot be read the file is refused as broken gzip
            try {
                return readPlain(source, g.plain());
            } catch (UnreadableFileException unreadable) {
                throw g.cutOff();
            }
        }
        return readPlain(source, data);
    }

    private static List<Activity> readPlain(String source, byte[] plain) throws UnreadableFileException {
        for (ActivityReader reader : readers()) {
            if (reader.recognizes(plain)) {
                List<Activity> cleaned = new ArrayList<>();
                for (Activity a : reader.read(source, plain)) {
                    cleaned.add(Cleaner.clean(a));
                }
                return cleaned;
            }
        }
        throw new UnreadableFileException(source, UnreadableFileException.Kind.UNKNOWN_FORMAT, plain.length == 0
                ? "empty file (0 bytes): not a FIT, TCX or GPX file (checked by content, not by name)"
                : "not a FIT, TCX or GPX file (checked by content, not by name)");
    }

    static boolean isGzip(byte[] data) {
        return data.length >= 2 && data[0] == GZIP_MAGIC_0 && data[1] == GZIP_MAGIC_1;
    }

    /**
     * Decompressed bytes; {@code cutOff} is the refusal to give when the compressed data ended early
     * and only the part before the cut is in {@code plain}, else null.
     */
    record Gunzipped(byte[] plain, UnreadableFileException cutOff) {
    }

    static Gunzipped gunzip(String source, byte[] data) throws UnreadableFileException {
        long limit = Math.min(MAX_EXPANDED_BYTES, Math.max(1L << 20, (long) data.length * MAX_EXPANSION_RATIO));
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 4);
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(data))) {
            byte[] buf = new byte[1 << 16];
            long total = 0;
            int r;
            while ((r = in.read(buf)) > 0) {
                total += r;
                if (total > limit) {
                    throw new UnreadableFileException(source, UnreadableFileException.Kind.BAD_COMPRESSION,
                            "gzip expands beyond " + limit + " bytes; refused as a possible zip bomb");
                }
                out.write(buf, 0, r);
            }
            return new Gunzipped(out.toByteArray(), null);
        } catch (java.io.EOFException e) {
            UnreadableFileException cut = new UnreadableFileException(source, UnreadableFileException.Kind.BAD_COMPRESSION,
                    "broken gzip data: " + e.getMessage() + " (the file ends early: cut off?)");
            if (out.size() == 0) {
                throw cut;
            }
            return new Gunzipped(out.toByteArray(), cut);
        } catch (IOException e) {
            throw new UnreadableFileException(source, UnreadableFileException.Kind.BAD_COMPRESSION,
                    "broken gzip data: " + e.getMessage());
        }
    }
}
