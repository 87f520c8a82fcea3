package org.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.heavylegs.core.diagnosis.Causes;
import org.heavylegs.sim.AthleteFolderWriter;
import org.heavylegs.sim.Scenarios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code heavylegs diagnose} wired end to end on a simulated athlete folder (the demo athlete). */
class DiagnoseCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static Path folder;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeFolder() throws IOException {
        folder = shared.resolve("robin");
        AthleteFolderWriter.write(Scenarios.demo().generate(), folder);
    }

    static TrendsCommandTest.Run run(String... args) {
        return TrendsCommandTest.run(args);
    }

    static List<Path> activities(Path f) throws IOException {
        try (Stream<Path> s = Files.list(f.resolve("activities"))) {
            return s.sorted().toList();
        }
    }

    @Test
    void textNamesTheLikelyCausesAndThePlan() {
        TrendsCommandTest.Run r = run("diagnose", folder.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Dehydration").contains("Inadequate warm-up").contains("likely")
                .contains("as of 2026-07-26").contains("PLAN").contains("not a medical diagnosis");
    }

    @Test
    void jsonFollowsTheContract() throws IOException {
        TrendsCommandTest.Run r = run("diagnose", folder.toString(), "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("athlete").asText()).isEqualTo("Robin");
        assertThat(j.get("as_of").asText()).isEqualTo("2026-07-26");
        assertThat(j.get("window_days").asInt()).isEqualTo(28);
        assertThat(j.get("focus_run").get("file").asText()).startsWith("activities/").endsWith(".fit");
        List<String> causes = new ArrayList<>();
        double previous = Double.MAX_VALUE;
        for (JsonNode c : j.get("causes")) {
            causes.add(c.get("cause").asText());
            assertThat(c.get("score").asDouble()).isLessThanOrEqualTo(previous);
            previous = c.get("score").asDouble();
            assertThat(c.get("likelihood").asText()).isIn("likely", "possible", "unlikely", "unknown");
        }
        assertThat(causes).containsExactlyInAnyOrderElementsOf(Causes.ids());
        JsonNode first = j.get("causes").get(0);
        assertThat(first.get("cause").asText()).isEqualTo("dehydration");
        assertThat(first.get("strategies").toString()).contains("hydration");
        JsonNode f = first.get("findings").get(0);
        assertThat(f.get("marker").asText()).isEqualTo("mass_loss_pct");
        assertThat(f.get("supports").asBoolean()).isTrue();
        assertThat(f.get("strength").asText()).isEqualTo("strong");
        assertThat(j.get("red_flags")).isEmpty();
        assertThat(j.get("plan").get(0).get("strategy").asText()).isEqualTo("hydration");
        assertThat(j.get("plan").get(0).get("numbers").get("fluid_ml_per_h").asDouble()).isBetween(300.0, 2000.0);
    }

    @Test
    void htmlReportIsWritten() throws IOException {
        Path html = dir.resolve("out/report.html");
        TrendsCommandTest.Run r = run("diagnose", folder.toString(), "--html", html.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("Dehydration").contains("<svg");
    }

    @Test
    void asOfAndRunPickAnEarlierFocusRun() throws IOException {
        Path earlier = activities(folder).get(3);
        TrendsCommandTest.Run r = run("diagnose", folder.toString(), "--run", earlier.toString(), "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(JSON.readTree(r.out()).get("focus_run").get("file").asText())
                .isEqualTo("activities/" + earlier.getFileName());

        // the focus run as the output names it (relative to DIR) picks the same run from any working folder
        String named = "activities/" + earlier.getFileName();
        TrendsCommandTest.Run relative = run("diagnose", folder.toString(), "--run", named, "--json");
        assertThat(relative.code()).as(relative.err()).isEqualTo(ExitCodes.OK);
        assertThat(JSON.readTree(relative.out()).get("focus_run").get("file").asText()).isEqualTo(named);

        TrendsCommandTest.Run asOf = run("diagnose", folder.toString(), "--as-of", "2026-07-01", "--json");
        assertThat(asOf.code()).as(asOf.err()).isEqualTo(ExitCodes.OK);
        JsonNode j = JSON.readTree(asOf.out());
        assertThat(j.get("as_of").asText()).isEqualTo("2026-07-01");
        assertThat(j.get("focus_run").get("start").asText()).startsWith("2026-07-01");
    }

    @Test
    void refusedInputIsNamedAndExits3WithTheRestDiagnosed() throws IOException {
        Path copy = dir.resolve("copy");
        AthleteFolderWriter.write(Scenarios.demo().generate(), copy);
        Files.writeString(copy.resolve("activities/broken.fit"), "not a fit file");
        Files.writeString(copy.resolve("labs.csv"), "date,test,value,unit\n2026-07-01,hemoglobin,abc,g/dL\n");
        TrendsCommandTest.Run r = run("diagnose", copy.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).contains("broken.fit").contains("labs.csv").contains("Dehydration");
        assertThat(r.err()).contains("could not be used");
    }

    @Test
    void emptyFolderExits3() {
        TrendsCommandTest.Run r = run("diagnose", dir.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("no dated data");
    }

    @Test
    void usageErrorsExit2() {
        assertThat(run("diagnose", folder.toString(), "--window", "3").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("diagnose", folder.toString(), "--run", dir.resolve("nope.fit").toString()).code())
                .isEqualTo(ExitCodes.USAGE);
        TrendsCommandTest.Run outside = run("diagnose", folder.toString(), "--run", folder.resolve("athlete.yaml").toString());
        assertThat(outside.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(outside.err()).contains("is not an activity of");
    }

    /**
     * A focus run the folder refused (a broken file, a start after today) is in activities/ and
     * readable: the message must give the reason it was refused, not "the file must be under
     * activities/ and readable".
     */
    @Test
    void aRefusedFocusRunIsNamedWithTheReasonItWasRefused() throws IOException {
        Path copy = dir.resolve("copy");
        AthleteFolderWriter.write(Scenarios.demo().generate(), copy);
        Path broken = Files.writeString(copy.resolve("activities/broken.fit"), "not a fit file");
        TrendsCommandTest.Run r = run("diagnose", copy.toString(), "--run", broken.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("broken.fit").contains("cannot be the focus run: not a FIT, TCX or GPX file")
                .doesNotContain("must be under");
    }

    /**
     * With --json the problems go to stderr as well as into the JSON's "problems"; both must list the
     * same ones, including the warnings found while matching runs.csv rows to activities (a run
     * logged twice), which only the text output and the JSON listed.
     */
    @Test
    void jsonModeNamesOnStderrEveryProblemTheJsonLists() throws IOException {
        Path copy = dir.resolve("copy");
        AthleteFolderWriter.write(Scenarios.demo().generate(), copy);
        Files.writeString(copy.resolve("activities/broken.fit"), "not a fit file");
        List<String> runs = new ArrayList<>(Files.readAllLines(copy.resolve("runs.csv")));
        String last = runs.get(runs.size() - 1);
        // the same run logged again a minute later: matched to nothing, kept with a warning
        String again = last.substring(0, 17) + String.format("%02d", (Integer.parseInt(last.substring(17, 19)) + 1) % 60)
                + last.substring(19);
        runs.add(again);
        Files.write(copy.resolve("runs.csv"), runs);

        TrendsCommandTest.Run r = run("diagnose", copy.toString(), "--json");

        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        List<String> problems = new ArrayList<>();
        JSON.readTree(r.out()).get("problems").forEach(p -> problems.add(p.asText()));
        assertThat(problems).anyMatch(p -> p.contains("runs.csv:" + runs.size() + ":"));
        for (String p : problems) {
            assertThat(r.err()).contains(p.startsWith("warning: ") ? p : "refused: " + p);
        }
    }
}
