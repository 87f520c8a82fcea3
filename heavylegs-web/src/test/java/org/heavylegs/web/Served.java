package org.heavylegs.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** A dashboard on a free port over a fresh store, with an HTTP client that talks to it as a browser would. */
public final class Served implements AutoCloseable {

    /** "Today" in the tests. */
    static final Instant NOW = Instant.parse("2026-03-20T09:00:00Z");

    final Dashboard dashboard;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public Served(Path dir) {
        this(dir, c -> c);
    }

    public Served(Path dir, UnaryOperator<DashboardConfig> tweak) {
        DashboardConfig c = DashboardConfig.defaults(dir.resolve("store.db")).withPort(0)
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC));
        dashboard = Dashboard.start(tweak.apply(c));
    }

    public String base() {
        return "http://127.0.0.1:" + dashboard.port();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
    }

    /** A same-origin form post, as the dashboard's own pages send it. */
    HttpResponse<String> postForm(String path, Map<String, ?> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> {
            List<?> values = v instanceof List<?> l ? l : List.of(v);
            for (Object one : values) {
                body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(String.valueOf(one), StandardCharsets.UTF_8));
            }
        });
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base()).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A raw upload as the page's script sends it. */
    public HttpResponse<String> upload(String name, byte[] bytes) {
        return send(HttpRequest.newBuilder(URI.create(base() + "/api/uploads?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Content-Type", "application/octet-stream").header("Origin", base())
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    /** A multipart form post of files, as the upload page without JavaScript sends it. */
    HttpResponse<String> uploadForm(String path, Map<String, byte[]> files) {
        String boundary = "----hl" + UUID.randomUUID();
        List<byte[]> parts = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            parts.add(f.getValue());
            parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Origin", base())
                .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)).build());
    }

    HttpResponse<String> send(HttpRequest r) {
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> fields(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Override
    public void close() {
        dashboard.close();
    }
}
