package org.heavylegs.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.heavylegs.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cross-site requests and foreign host names are refused; nothing they send is stored. */
class DashboardSecurityTest {

    @TempDir
    Path dir;

    private static HttpRequest.Builder wellnessPost(Served s) {
        return HttpRequest.newBuilder(URI.create(s.base() + "/log/wellness"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("date=2026-03-19&resting_hr=50"));
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedAndNothingIsStored() {
        try (Served s = new Served(dir)) {
            HttpResponse<String> foreign = s.send(wellnessPost(s).header("Origin", "http://evil.example").build());
            assertThat(foreign.statusCode()).isEqualTo(403);
            assertThat(foreign.body()).contains("came from another origin (http://evil.example)");
            HttpResponse<String> crossSite = s.send(wellnessPost(s).header("Sec-Fetch-Site", "cross-site").build());
            assertThat(crossSite.statusCode()).isEqualTo(403);
            HttpResponse<String> nullOrigin = s.send(wellnessPost(s).header("Origin", "null").build());
            assertThat(nullOrigin.statusCode()).isEqualTo(403);
            HttpResponse<String> upload = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/api/uploads?name=x.tcx"))
                    .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString("<x/>")).build());
            assertThat(upload.statusCode()).isEqualTo(403);
            assertThat(upload.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));

            HttpResponse<String> own = s.send(wellnessPost(s).header("Origin", s.base()).header("Sec-Fetch-Site", "same-origin").build());
            assertThat(own.statusCode()).isEqualTo(303);
        }
        try (Store store = Store.open(dir.resolve("store.db"))) {
            assertThat(store.wellness().days()).hasSize(1);
            assertThat(store.files().counts()[0] + store.files().counts()[1]).isZero();
        }
    }

    @Test
    void aForeignHostNameIsRefusedEvenForReadingAgainstDnsRebinding() throws IOException {
        try (Served s = new Served(dir)) {
            assertThat(rawGet(s.dashboard.port(), "evil.example:" + s.dashboard.port())).startsWith("HTTP/1.1 403");
            assertThat(rawGet(s.dashboard.port(), "localhost:" + s.dashboard.port())).startsWith("HTTP/1.1 200");
            assertThat(rawGet(s.dashboard.port(), "127.0.0.1:" + s.dashboard.port())).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void hostNamesAreCheckedAgainstTheBindAddress() {
        RequestGuard loopback = new RequestGuard("127.0.0.1");
        assertThat(loopback.hostAllowed(RequestGuard.hostName("LOCALHOST:7070"))).isTrue();
        assertThat(loopback.hostAllowed(RequestGuard.hostName("[::1]:7070"))).isTrue();
        assertThat(loopback.hostAllowed(RequestGuard.hostName("192.168.1.5:7070"))).isFalse();
        assertThat(loopback.hostAllowed(RequestGuard.hostName("attacker.example"))).isFalse();
        RequestGuard lan = new RequestGuard("0.0.0.0");
        assertThat(lan.hostAllowed(RequestGuard.hostName("192.168.1.5:7070"))).isTrue();
        assertThat(lan.hostAllowed(RequestGuard.hostName("[fe80::1]:7070"))).isTrue();
        assertThat(lan.hostAllowed(RequestGuard.hostName("attacker.example:7070"))).isFalse();
        RequestGuard one = new RequestGuard("192.168.1.5");
        assertThat(one.hostAllowed("192.168.1.5")).isTrue();
        assertThat(one.hostAllowed("192.168.1.6")).isFalse();
    }

    /** A GET with any Host header (java.net.http refuses to set one). */
    private static String rawGet(int port, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/runs HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
