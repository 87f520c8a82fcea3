package org.heavylegs.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.heavylegs.formats.Corpus;
import org.heavylegs.core.diagnosis.Causes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages, read as HTML without JavaScript: overview, runs list, run detail, errors. */
class DashboardPagesTest {

    static final String TCX = "connectstats/ConnectStatsTests/samples/tcx/activity_234979239.tcx";
    static final String CYCLING_TCX = "connectstats/ConnectStatsTests/samples/tcx/activity_234721416.tcx";

    @TempDir
    Path dir;
    Served s;

    @BeforeEach
    void start() {
        s = new Served(dir);
    }

    @AfterEach
    void stop() {
        s.close();
    }

    static byte[] corpus(String relative) throws IOException {
        return Files.readAllBytes(Corpus.file(relative));
    }

    @Test
    void anEmptyStoreShowsEveryCauseAsUnknownWithWhatDataIsMissingAsOfToday() {
        HttpResponse<String> r = s.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        String html = r.body();
        assertThat(html).contains("<strong id=\"as-of\">2026-03-20</strong>");
        for (String cause : Causes.ids()) {
            assertThat(html).contains("id=\"cause-" + cause + "\"");
        }
        assertThat(html).contains("HeavyLegs is not a medical diagnosis");
        // every cause carries its plain explanation, and the runners' questions are answered
        assertThat(html.split("How it makes legs heavy", -1)).hasSize(Causes.ids().size() + 1);
        assertThat(html).contains("id=\"faq-title\"").contains("Can anemia");
        assertThat(html).doesNotContain("red-flags");
        assertThat(s.get("/runs").body()).contains("No activities yet");
    }

    @Test
    void anUploadedTcxIsListedWithUnitsAndItsPageHasTotalsLapsAndAChart() throws IOException {
        HttpResponse<String> up = s.uploadForm("/upload", Map.of("activity_234979239.tcx", corpus(TCX),
                "activity_234721416.tcx", corpus(CYCLING_TCX)));
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).contains("1 file(s) imported: 1 activity").doesNotContain("refused, with");

        String runs = s.get("/runs").body();
        // newest first: the run of 2012-10-19 before the ride of 2012-10-18
        assertThat(runs.indexOf("2012-10-19 06:15")).isPositive().isLessThan(runs.indexOf("2012-10-18 18:30"));
        assertThat(runs).contains("8.38 km", "47:37", "5:41 min/km", "173 bpm", "18.2 km/h");
        String sortedByDistance = s.get("/runs?sort=distance&dir=desc").body();
        assertThat(sortedByDistance.indexOf("10.00 km")).isLessThan(sortedByDistance.indexOf("8.38 km"));

        long id = Long.parseLong(runs.replaceAll("(?s).*<a href=\"/runs/(\\d+)\">2012-10-19 06:15.*", "$1"));
        HttpResponse<String> page = s.get("/runs/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Garmin Forerunner 610")
                .contains("<th scope=\"row\">Average heart rate</th><td class=\"num\">173 bpm</td><td class=\"num\">173 bpm</td>")
                .contains("heart_rate_bpm (bpm)", "cadence_spm (spm)")
                .contains("<figure class=\"chart\" tabindex=\"0\">", "This run: pace, heart rate", "<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("<table class=\"laps\">")
                .contains("action=\"/runs/" + id + "/log#log-form\"");
    }

    @Test
    void unknownRunsAndPagesAre404AndABadAsOfIsSaid() {
        HttpResponse<String> r = s.get("/runs/999");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("no run with the id 999");
        assertThat(s.get("/runs/abc").statusCode()).isEqualTo(404);
        assertThat(s.get("/nothing-here").statusCode()).isEqualTo(404);
        HttpResponse<String> asOf = s.get("/?as_of=2026-13-45");
        assertThat(asOf.statusCode()).isEqualTo(400);
        assertThat(asOf.body()).contains("as_of: '2026-13-45' is not a date");
        assertThat(s.get("/?as_of=2026-01-31").body()).contains("<strong id=\"as-of\">2026-01-31</strong>");
    }

    @Test
    void everyIdOnAPageIsUniqueSoEachLabelNamesItsOwnInput() throws IOException {
        // /log holds three forms; the wellness day's and the lab's "date", and the wellness day's and the
        // run log's "heavy_legs" had the same id, so "Date of the test" focused the wellness date
        s.upload("activity_234979239.tcx", corpus(TCX));
        for (String page : List.of("/", "/runs", "/runs/1", "/log", "/profile", "/upload")) {
            String html = s.get(page).body();
            Map<String, Long> ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html).results().map(m -> m.group(1))
                    .collect(Collectors.groupingBy(x -> x, Collectors.counting()));
            assertThat(ids).as(page).allSatisfy((id, n) -> assertThat(n).as(page + " #" + id).isEqualTo(1L));
            Pattern.compile(" for=\"([^\"]+)\"").matcher(html).results().forEach(m ->
                    assertThat(ids).as(page + ": label for " + m.group(1)).containsKey(m.group(1)));
        }
        String log = s.get("/log").body();
        assertThat(log).contains("<label for=\"f-lab-date\">Date of the test</label>")
                .contains("<input id=\"f-lab-date\" name=\"date\" type=\"date\"");
    }

    @Test
    void pagesCarryAContentSecurityPolicyAndAreNotCached() {
        HttpResponse<String> r = s.get("/");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(Dashboard.CSP);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        HttpResponse<String> css = s.get("/assets/app.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/css"));
        assertThat(s.get("/assets/upload.js").body()).contains("textContent");
        assertThat(s.get("/assets/secret.txt").statusCode()).isEqualTo(404);
        assertThat(s.get("/assets/..%2Fdata%2FDb.class").statusCode()).isEqualTo(404);
    }
}
