package org.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.heavylegs.formats.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code heavylegs inspect} as a user runs it: a batch with a bad file still gives the good file's
 * activities (exit 3, the bad one named), and {@code --json} has the keys of DESIGN.md 2.4 exactly
 * as named there (contracts are extended, never renamed).
 */
class InspectCommandTest {
    private static final String RUN = "python-fitparse/garmin-fenix-5-run.fit";

    /** DESIGN.md 2.4, in its order. */
    static final List<String> CONTRACT_KEYS = List.of("file", "format", "sport", "sub_sport", "start", "elapsed_s",
            "timer_s", "distance_m", "avg_hr", "max_hr", "avg_cadence_spm", "samples", "channels", "device",
            "device_summary", "metrics");

    @Test
    void aBatchWithABadFileStillGivesTheGoodOneAndFollowsTheJsonContract(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.fit");
        Files.writeString(junk, "not an activity");
        Path run = Corpus.file(RUN);
        HeavyLegsTest.Result r = HeavyLegsTest.run("inspect", "--json", junk.toString(), run.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(junk + ": not a FIT, TCX or GPX file").doesNotContain("\tat ");

        JsonNode all = new ObjectMapper().readTree(r.out());
        assertThat(all.isArray()).isTrue();
        assertThat(all).hasSize(1);
        JsonNode a = all.get(0);
        List<String> keys = new ArrayList<>();
        a.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsAll(CONTRACT_KEYS);
        assertThat(a.get("file").asText()).isEqualTo(run.toString());
        assertThat(a.get("format").asText()).isEqualTo("fit");
        assertThat(a.get("sport").asText()).isEqualTo("running");
        assertThat(a.get("channels").isArray()).isTrue();
        assertThat(a.get("channels").toString()).contains("heart_rate_bpm");
        assertThat(a.get("device").has("manufacturer")).isTrue();
        assertThat(a.get("device").has("product")).isTrue();
        assertThat(a.get("device").get("manufacturer").asText()).isEqualTo("garmin");
        JsonNode metrics = a.get("metrics");
        assertThat(metrics.has("trimp")).isTrue();
        assertThat(metrics.has("hr_tss")).isTrue();
        assertThat(metrics.has("decoupling_pct")).isTrue();
        // totals come from the streams and agree with the device's own session summary (issue 2, item 6)
        JsonNode device = a.get("device_summary");
        assertThat(a.get("distance_m").asDouble()).isCloseTo(device.get("distance_m").asDouble(),
                within(0.01 * device.get("distance_m").asDouble()));
        assertThat(a.get("avg_hr").asDouble()).isCloseTo(device.get("avg_hr").asDouble(), within(1.0));
    }

    @Test
    void theTableStillListsTheGoodFileAndTheSummaryCountsRightly(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.gpx");
        Files.writeString(junk, "<gpx");
        HeavyLegsTest.Result r = HeavyLegsTest.run("inspect", junk.toString(), Corpus.file(RUN).toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).contains("garmin-fenix-5").contains("running");
        assertThat(r.err()).contains(junk.toString()).contains("1 file(s) or row(s) could not be used; 1 activity read from the rest.");
    }

    @Test
    void anEmptyFolderOrOnlyBadFilesSayNoActivityAndExitThree(@TempDir Path dir) throws Exception {
        Path empty = java.nio.file.Files.createDirectories(dir.resolve("empty"));
        HeavyLegsTest.Result r = HeavyLegsTest.run("inspect", empty.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(empty + ": the folder holds no file");
        assertThat(r.out()).isEqualTo("No activity could be read.\n");

        Path junk = dir.resolve("junk.fit");
        Files.writeString(junk, "not an activity");
        HeavyLegsTest.Result bad = HeavyLegsTest.run("inspect", junk.toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.out()).isEqualTo("No activity could be read.\n").doesNotContain("distance");
    }
}
