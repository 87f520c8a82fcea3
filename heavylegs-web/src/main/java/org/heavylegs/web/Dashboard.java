package org.heavylegs.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.heavylegs.store.StoreException;
import org.heavylegs.web.api.ApiErrors;
import org.heavylegs.web.api.ReadApi;
import org.heavylegs.web.api.WriteApi;
import org.heavylegs.web.data.Db;
import org.heavylegs.web.data.Uploads;
import org.heavylegs.web.pages.LogPage;
import org.heavylegs.web.pages.OverviewPage;
import org.heavylegs.web.pages.ProfilePage;
import org.heavylegs.web.pages.RunPages;
import org.heavylegs.web.pages.UploadPage;

/**
 * `heavylegs serve`: the local dashboard (server-rendered pages that work without JavaScript) and
 * its JSON API (docs/api.md) over one store, bound to 127.0.0.1 unless told otherwise.
 */
public final class Dashboard implements AutoCloseable {

    /** Uploads up to this size stay in memory while Jetty parses a multipart form; larger parts go to a private temp folder. */
    static final int MULTIPART_IN_MEMORY_BYTES = 32 * 1024 * 1024;
    /** JSON bodies of the API are small objects. */
    static final long MAX_JSON_BODY_BYTES = 1_000_000;
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final String HANDLED = "heavylegs.handled";

    private final Javalin app;
    private final Db db;
    private final Path multipartDir;
    private final String bind;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private Dashboard(Javalin app, Db db, Path multipartDir, String bind) {
        this.app = app;
        this.db = db;
        this.multipartDir = multipartDir;
        this.bind = bind;
    }

    /** Opens the store and starts serving; the caller closes it (Ctrl-C in the command). */
    public static Dashboard start(DashboardConfig config) {
        Db db = Db.open(config.db());
        Path multipartDir;
        try {
            // created owner-only (rwx------) on POSIX: Jetty puts large multipart parts here, deleted after each request
            multipartDir = Files.createTempDirectory("heavylegs-upload-");
        } catch (IOException e) {
            db.close();
            throw new UncheckedIOException("cannot create a private temporary folder for uploads: " + e.getMessage(), e);
        }
        Services services = Services.of(db, config);
        Javalin app = Javalin.create(cfg -> configure(cfg, services, config, multipartDir));
        try {
            app.start(config.bind(), config.port());
        } catch (RuntimeException e) {
            app.stop();
            db.close();
            deleteQuietly(multipartDir);
            throw e;
        }
        return new Dashboard(app, db, multipartDir, config.bind());
    }

    private static void configure(JavalinConfig cfg, Services services, DashboardConfig config, Path multipartDir) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = MAX_JSON_BODY_BYTES;
        cfg.jetty.multipartConfig.cacheDirectory(multipartDir.toString());
        cfg.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes() + UploadRequests.MULTIPART_OVERHEAD_BYTES,
                SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxInMemoryFileSize(MULTIPART_IN_MEMORY_BYTES, SizeUnit.BYTES);

        Templates templates = new Templates();
        RequestGuard guard = new RequestGuard(config.bind());
        OverviewPage overview = new OverviewPage(services, templates);
        RunPages runs = new RunPages(services, templates);
        LogPage log = new LogPage(services, templates);
        ProfilePage profile = new ProfilePage(services, templates);
        UploadPage upload = new UploadPage(services, templates);
        ReadApi read = new ReadApi(services);
        WriteApi write = new WriteApi(services);

        var r = cfg.routes;
        r.before(ctx -> {
            securityHeaders(ctx);
            guard.check(ctx);
        });
        r.get("/", overview::get);
        r.get("/runs", runs::list);
        r.get("/runs/{id}", runs::detail);
        r.post("/runs/{id}/log", runs::postLog);
        r.get("/log", log::get);
        r.post("/log/wellness", log::postWellness);
        r.post("/log/runlog", log::postRunLog);
        r.post("/log/labs", log::postLab);
        r.get("/profile", profile::get);
        r.post("/profile", profile::post);
        r.get("/upload", upload::get);
        r.post("/upload", upload::post);
        r.get("/assets/{file}", Dashboard::asset);

        r.get("/api/diagnosis", read::diagnosis);
        r.get("/api/runs", read::runs);
        r.get("/api/runs/{id}", read::run);
        r.get("/api/profile", read::profile);
        r.post("/api/wellness", write::wellness);
        r.post("/api/runs/{id}/log", write::runLogOfRun);
        r.post("/api/runlog", write::runLog);
        r.post("/api/labs", write::lab);
        r.post("/api/profile", write::profile);
        r.post("/api/uploads", write::uploads);

        r.exception(WriteApi.Invalid.class, (e, ctx) -> {
            ctx.attribute(HANDLED, true);
            ApiErrors.invalid(ctx, e);
        });
        r.exception(HttpError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), templates, upload));
        r.exception(Uploads.TooLarge.class, (e, ctx) -> {
            UploadRequests.drainRefusedBody(ctx);
            error(ctx, 413, e.getMessage(), templates, upload);
        });
        r.exception(StoreException.class, (e, ctx) -> error(ctx, 500, "the store could not be used: " + e.getMessage(),
                templates, upload));
        r.exception(Exception.class, (e, ctx) -> {
            System.err.println("heavylegs serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
            error(ctx, 500, "internal error (" + e.getClass().getSimpleName() + "); see the server's output", templates, upload);
        });
        r.error(404, ctx -> {
            if (ctx.attribute(HANDLED) == null) {
                error(ctx, 404, "nothing here: " + ctx.path(), templates, upload);
            }
        });
        r.error(405, ctx -> {
            if (ctx.attribute(HANDLED) == null) {
                error(ctx, 405, ctx.method() + " is not supported on " + ctx.path(), templates, upload);
            }
        });
    }

    /** An error as JSON for the API, as the upload page with its message for uploads, else as a page. */
    private static void error(Context ctx, int status, String message, Templates templates, UploadPage upload) {
        ctx.attribute(HANDLED, true);
        if (ctx.path().startsWith("/api/")) {
            ApiErrors.send(ctx, status, message);
        } else if (ctx.path().equals("/upload")) {
            ctx.status(status).html(upload.error(message));
        } else {
            ctx.status(status).html(templates.render("error.jte", Map.of("status", status, "message", message)));
        }
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        // same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" with the
        // dashboard's own form posts, which the same-origin check must refuse
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }

    /** app.css and upload.js from the jar. */
    private static void asset(Context ctx) {
        String file = ctx.pathParam("file");
        String type = switch (file) {
            case "app.css" -> "text/css; charset=utf-8";
            case "upload.js" -> "text/javascript; charset=utf-8";
            default -> throw HttpError.notFound("no asset " + file);
        };
        try (InputStream in = Dashboard.class.getResourceAsStream("assets/" + file)) {
            if (in == null) {
                throw HttpError.notFound("no asset " + file);
            }
            ctx.header("Cache-Control", "max-age=3600");
            ctx.contentType(type).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String host = bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1" : bind.contains(":") ? "[" + bind + "]" : bind;
        return "http://" + host + ":" + port() + "/";
    }

    /** The private folder where Jetty may spill large multipart parts during a request (tests). */
    Path uploadSpillFolder() {
        return multipartDir;
    }

    public String storeDescription() {
        return db.description();
    }

    /** Stops serving, closes the store and removes the upload folder; a second call does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            app.stop();
        } finally {
            try {
                db.close();
            } finally {
                deleteQuietly(multipartDir);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temp folder left behind is harmless; the OS cleans its temp folder
        }
    }
}
