package org.heavylegs.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.heavylegs.formats.Corpus;
import org.heavylegs.formats.archive.ZipBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad uploads are refused with a message, and the server keeps serving. */
class DashboardUploadsTest {

    /** A small limit, so "too large" needs only a megabyte and a half. */
    static final long LIMIT = 1_000_000;

    @TempDir
    Path dir;
    Served s;

    @BeforeEach
    void start() {
        s = new Served(dir, c -> c.withMaxUploadBytes(LIMIT));
    }

    @AfterEach
    void stillServing() {
        try {
            assertThat(s.get("/").statusCode()).as("the server keeps serving").isEqualTo(200);
            assertThat(s.get("/api/runs").statusCode()).isEqualTo(200);
        } finally {
            s.close();
        }
    }

    @Test
    void aCorruptFitIsRefusedWithItsReason() throws IOException {
        // a real run with its FIT signature broken (".FIT" -> ".FGT"); the corpus's corruptheader file
        // is readable (only its chained second file is broken), so it cannot serve here
        byte[] corrupt = Files.readAllBytes(Corpus.file("python-fitparse/Activity.fit"));
        corrupt[9] = 'G';
        JsonNode r = DashboardApiTest.json(s.upload("corrupt.fit", corrupt));
        assertThat(r.at("/uploads/0/files_imported").asInt()).isZero();
        assertThat(r.at("/uploads/0/refused/0/name").asText()).isEqualTo("corrupt.fit");
        assertThat(r.at("/uploads/0/refused/0/reason").asText()).isNotBlank();
        HttpResponse<String> page = s.uploadForm("/upload", Map.of("garbage.fit", "not a fit file at all".getBytes()));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1 refused.").contains("<strong>garbage.fit</strong>: ");
    }

    @Test
    void anUploadOverTheLimitIs413WithAMessageAsJsonAndAsAPage() throws IOException {
        byte[] big = new byte[(int) LIMIT + 500_000];
        HttpResponse<String> api = s.upload("big.fit", big);
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(DashboardApiTest.json(api).get("message").asText())
                .contains("larger than the limit of 1 MB").contains("heavylegs import");

        HttpResponse<String> page = s.uploadForm("/upload", Map.of("big.fit", big));
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("id=\"upload-error\"").contains("larger than the limit of 1 MB")
                .contains("<form method=\"post\" action=\"/upload\"");
    }

    @Test
    void aBodyWithoutItsLengthIsStoppedAtTheLimitToo() throws IOException {
        byte[] big = new byte[(int) LIMIT + 500_000];
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/api/uploads?name=big.gpx"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(DashboardApiTest.json(r).get("message").asText()).contains("reading stopped there");
    }

    @Test
    void aZipBombAndAZipSlipEntryAreRefusedAndTheGoodFileBesideThemIsKept() throws IOException {
        byte[] tcx = DashboardPagesTest.corpus(DashboardPagesTest.TCX);
        byte[] zip = new ZipBuilder().add("runs/good.tcx", tcx).add("../../etc/evil.fit", "x")
                .zeros("bomb.fit", 50L << 20).build();
        assertThat(zip.length).isLessThan((int) LIMIT);
        JsonNode r = DashboardApiTest.json(s.upload("export.zip", zip));
        JsonNode u = r.at("/uploads/0");
        assertThat(u.get("activities").asInt()).isEqualTo(1);
        assertThat(u.get("refused").toString())
                .contains("export.zip!/../../etc/evil.fit").contains("zip-slip")
                .contains("export.zip!/bomb.fit").contains("zip bomb");
        assertThat(DashboardApiTest.json(s.get("/api/runs")).get("runs").size()).isEqualTo(1);
    }

    @Test
    void anUploadWithoutAFileOrANameIsABadRequest() throws IOException {
        HttpResponse<String> noFile = s.uploadForm("/upload", Map.of());
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(noFile.body()).contains("no file was chosen");
        HttpResponse<String> noName = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/api/uploads"))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(DashboardApiTest.json(noName).get("message").asText()).contains("?name=");
    }

    @Test
    void aLargeMultipartUploadLeavesNothingOnDiskAfterItsRequest() throws IOException {
        Served big = new Served(dir.resolve("big"));
        try {
            Path spill = big.dashboard.uploadSpillFolder();
            assertThat(Files.getPosixFilePermissions(spill)).containsExactlyInAnyOrder(
                    java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                    java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
            byte[] large = new byte[Dashboard.MULTIPART_IN_MEMORY_BYTES + 1_000_000];
            HttpResponse<String> r = big.uploadForm("/upload", Map.of("large.gpx", large));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("<strong>large.gpx</strong>: ");
            try (var files = Files.list(spill)) {
                assertThat(files.toList()).as("parts spilled during the request are deleted after it").isEmpty();
            }
            big.close();
            assertThat(spill).doesNotExist();
        } finally {
            big.close();
        }
    }

    @Test
    void theSameFileTwiceIsADuplicate() throws IOException {
        byte[] tcx = DashboardPagesTest.corpus(DashboardPagesTest.TCX);
        s.upload("a.tcx", tcx);
        JsonNode again = DashboardApiTest.json(s.upload("copy-of-a.tcx", tcx));
        assertThat(again.at("/uploads/0/duplicates").asInt()).isEqualTo(1);
        assertThat(again.at("/uploads/0/files_imported").asInt()).isZero();
    }
}
