package org.heavylegs.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.heavylegs.core.diagnosis.redflag.RedFlagRule;
import org.heavylegs.core.diagnosis.redflag.RedFlags;
import org.junit.jupiter.api.Test;

/** Every cause has its page, every red flag and every strategy its entry in docs/science. */
class DiagnosisDocsTest {

    static final Path SCIENCE = Path.of("..", "docs", "science");

    @Test
    void everyCauseHasItsPage() throws IOException {
        String index = Files.readString(SCIENCE.resolve("causes/README.md"));
        for (Cause c : Causes.all()) {
            Path page = SCIENCE.resolve("causes/" + c.id() + ".md");
            assertThat(page).as("page of " + c.id()).exists();
            assertThat(Files.readString(page)).contains("(`" + c.id() + "`)");
            assertThat(index).contains("`" + c.id() + "`");
        }
    }

    @Test
    void everyRedFlagAndStrategyIsDocumented() throws IOException {
        String flags = Files.readString(SCIENCE.resolve("red-flags.md"));
        for (RedFlagRule r : RedFlags.all()) {
            assertThat(flags).contains("`" + r.id() + "`");
        }
        String plan = Files.readString(SCIENCE.resolve("plan.md"));
        for (String s : StrategyIds.ALL) {
            assertThat(plan).contains("## " + s);
        }
    }
}
