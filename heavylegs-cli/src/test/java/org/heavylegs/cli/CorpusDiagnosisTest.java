package org.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.diagnosis.Causes;
import org.heavylegs.formats.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diagnose} on real recordings: seven runs of one ConnectStats test athlete (2019-2020) from the
 * corpus, with a hand-written profile, wellness log, run log and labs (src/test/resources/corpus-athlete,
 * made up for this test: short sleep and lower HRV in the last week, heaviness that eases after the first
 * kilometres, ferritin 28). And every activity file of the corpus in one folder: no crash, every
 * refused file named.
 */
class CorpusDiagnosisTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SAMPLES = "connectstats/ConnectStatsTests/samples/";
    static final List<String> RUNS = List.of(
            SAMPLES + "activity_modern_json/activity_4017099594.fit", SAMPLES + "activity_modern_json/track_cs_5611.fit",
            SAMPLES + "fit_files/track_cs_544406.fit", SAMPLES + "track_cs_728599.fit", SAMPLES + "track_cs_777501.fit",
            SAMPLES + "track_cs_834323.fit", SAMPLES + "track_cs_857090.fit");

    @TempDir
    Path dir;

    void resources() throws IOException {
        for (String name : List.of("athlete.yaml", "wellness.csv", "runs.csv", "labs.csv")) {
            try (InputStream in = getClass().getResourceAsStream("/corpus-athlete/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
    }

    @Test
    void realRunsWithHandWrittenLogsGiveASensibleDiagnosis() throws IOException {
        Files.createDirectories(dir.resolve("activities"));
        for (String run : RUNS) {
            Path f = Corpus.file(run);
            Files.copy(f, dir.resolve("activities").resolve(f.getFileName()));
        }
        resources();
        TrendsCommandTest.Run r = TrendsCommandTest.run("diagnose", dir.toString(), "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("as_of").asText()).isEqualTo("2020-05-04");
        assertThat(j.get("focus_run").get("file").asText()).isEqualTo("activities/track_cs_857090.fit");
        List<String> causes = new ArrayList<>();
        j.get("causes").forEach(c -> causes.add(c.get("cause").asText()));
        assertThat(causes).containsExactlyInAnyOrderElementsOf(Causes.ids());
        JsonNode first = j.get("causes").get(0);
        // every real run starts at full effort, and the runner says the heaviness eases after the first km
        assertThat(first.get("cause").asText()).isEqualTo("inadequate_warmup");
        assertThat(first.get("likelihood").asText()).isEqualTo("likely");
        assertThat(likelihood(j, "sleep_debt")).isEqualTo("possible");
        assertThat(likelihood(j, "anemia")).as("ferritin 28 is low, haemoglobin normal").isEqualTo("possible");
        assertThat(likelihood(j, "heat_stress")).as("11 °C, 70 % in runs.csv").isEqualTo("unlikely");
        assertThat(likelihood(j, "dehydration")).as("0.97 % lost").isEqualTo("unlikely");
        assertThat(likelihood(j, "overtraining")).as("tired, but the recorded load is small").isNotEqualTo("likely");
        assertThat(j.get("red_flags")).isEmpty();
        List<String> plan = new ArrayList<>();
        j.get("plan").forEach(p -> plan.add(p.get("strategy").asText()));
        assertThat(plan).startsWith("warmup_cooldown").contains("see_a_doctor").doesNotContain("gradual_load");
        assertThat(j.get("assumptions").toString()).doesNotContain("matched no recorded run");
    }

    static String likelihood(JsonNode j, String cause) {
        for (JsonNode c : j.get("causes")) {
            if (c.get("cause").asText().equals(cause)) {
                return c.get("likelihood").asText();
            }
        }
        throw new AssertionError("no cause " + cause);
    }

    @Test
    void theWholeCorpusInOneFolderIsDiagnosedAndBrokenFilesAreNamed() throws IOException {
        Path activities = Files.createDirectories(dir.resolve("activities"));
        int i = 0;
        for (Path f : Corpus.files("fit", "tcx", "gpx")) {
            Files.copy(f, activities.resolve((i++) + "-" + f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        TrendsCommandTest.Run r = TrendsCommandTest.run("diagnose", dir.toString(), "--json");
        assertThat(r.code()).as(r.err()).isIn(ExitCodes.OK, ExitCodes.BAD_INPUT);
        assertThat(r.err()).doesNotContain("internal error").doesNotContain("Exception");
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("causes")).hasSize(Causes.all().size());
        assertThat(j.get("problems").toString()).doesNotContain("internal error");
        if (r.code() == ExitCodes.BAD_INPUT) {
            assertThat(r.err()).contains("refused: ");
        }
    }
}
