package org.heavylegs.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.heavylegs.formats.archive.Walker;
import org.heavylegs.web.data.Uploads;
import org.heavylegs.web.view.UploadView;

/**
 * Reads the files of an upload request and imports each: a multipart form (the upload page without
 * JavaScript, any number of files) or a raw body named by {@code ?name=} (the page's script, one
 * file per request, streamed to the importer as it arrives). The declared length is checked before
 * anything is read.
 */
public final class UploadRequests {

    /** Room for the multipart boundaries and headers around the files. */
    static final long MULTIPART_OVERHEAD_BYTES = 1_000_000;
    /**
     * Most of a refused body read and dropped before the 413 goes out. A server that closes the
     * connection with the body still unread makes the operating system reset it, and the reset can
     * destroy the answer before the client reads it: the user then sees "connection reset" instead
     * of the message (seen as a flaky test on a loaded machine). Bodies above this are cut off.
     */
    static final long DRAIN_MAX_BYTES = 64L << 20;

    private UploadRequests() {
    }

    public static List<UploadView.Result> importAll(Context ctx, Uploads uploads) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        boolean multipart = type.startsWith("multipart/form-data");
        long declared = ctx.req().getContentLengthLong();
        if (declared > uploads.maxBytes() + (multipart ? MULTIPART_OVERHEAD_BYTES : 0)) {
            ctx.header("Connection", "close");
            throw new Uploads.TooLarge(uploads.maxBytes());
        }
        List<UploadView.Result> results = new ArrayList<>();
        if (multipart) {
            try {
                List<UploadedFile> files = parts(ctx, uploads);
                if (files.isEmpty()) {
                    throw HttpError.badRequest("no file was chosen: pick one or more FIT, TCX, GPX or zip files");
                }
                for (UploadedFile f : files) {
                    try (InputStream in = f.content()) {
                        results.add(new UploadView.Result(Walker.plainName(f.filename()),
                                uploads.importStream(f.filename(), in, f.size())));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return results;
            } finally {
                deleteParts(ctx);
            }
        }
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) {
            throw HttpError.badRequest("name the uploaded file: POST /api/uploads?name=FILE with the file as the body, "
                    + "or send a multipart form with the files");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            results.add(new UploadView.Result(Walker.plainName(name), uploads.importStream(name, in, declared)));
        } catch (IOException e) {
            throw HttpError.badRequest("the upload could not be read to its end: " + e.getMessage());
        }
        return results;
    }

    /**
     * Reads and drops what is left of a refused upload's body (at most {@link #DRAIN_MAX_BYTES}; a
     * body declared larger is not read at all), so that the client reads the answer.
     */
    static void drainRefusedBody(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > DRAIN_MAX_BYTES) {
            return;
        }
        byte[] sink = new byte[64 * 1024];
        long left = DRAIN_MAX_BYTES;
        try {
            InputStream in = ctx.req().getInputStream();
            for (int n; left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0; ) {
                left -= n;
            }
        } catch (IOException | RuntimeException e) {
            // the stream is gone or was taken by the form parser: nothing more to read
        }
    }

    /** The files of a multipart form; Jetty's own limits (same as ours) become a 413. */
    private static List<UploadedFile> parts(Context ctx, Uploads uploads) {
        try {
            return ctx.uploadedFiles();
        } catch (Exception e) { // Jetty's ServletException arrives unchecked through Kotlin
            if (mentionsSize(e)) {
                ctx.header("Connection", "close");
                throw new Uploads.TooLarge(uploads.maxBytes());
            }
            throw HttpError.badRequest("the upload could not be read as a form: " + e.getMessage());
        }
    }

    /**
     * Deletes what Jetty spilled to the private upload folder for this request's large parts before
     * the answer is sent (Jetty deletes them too, but only a moment after the request completes).
     */
    private static void deleteParts(Context ctx) {
        try {
            for (jakarta.servlet.http.Part p : ctx.req().getParts()) {
                p.delete();
            }
        } catch (Exception e) { // nothing parsed (a refused form), or already gone
            // the folder itself is deleted when the server stops
        }
    }

    /** True when any cause says a size limit was exceeded. */
    static boolean mentionsSize(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("exceed") || m.contains("too large") || m.contains("max file size") || m.contains("maxfilesize")) {
                return true;
            }
        }
        return false;
    }
}
