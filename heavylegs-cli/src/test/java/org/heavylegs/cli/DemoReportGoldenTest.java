package org.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole report of a fixed simulated athlete (the demo's two-causes runner, a fixed seed) against
 * a reviewed golden file: reading its FIT files, metrics, trends, the diagnosis, the plan, the
 * charts and the HTML all show up here when they change. Regenerate deliberately with
 * {@code ./mvnw -q -B -pl heavylegs-cli -am test -Dtest=DemoReportGoldenTest -Dheavylegs.golden.update=true}
 * and review the diff and the page in a browser before committing.
 */
class DemoReportGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "demo-report.html");

    @Test
    void theDemoAthletesReportIsTheReviewedOne(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("demo");
        HeavyLegsTest.Result r = HeavyLegsTest.run("demo", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String html = Files.readString(out.resolve(DemoCommand.REPORT), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain(dir.toString());   // no path of this machine in a shareable report
        if (Boolean.getBoolean("heavylegs.golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, html, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        if (!expected.equals(html)) {
            String[] e = expected.split("\n", -1);
            String[] a = html.split("\n", -1);
            int i = 0;
            while (i < Math.min(e.length, a.length) && e[i].equals(a[i])) {
                i++;
            }
            fail("demo report differs from " + GOLDEN + " at line " + (i + 1) + ":\n  expected: "
                    + (i < e.length ? e[i] : "<end>") + "\n  actual:   " + (i < a.length ? a[i] : "<end>")
                    + "\nIf deliberate, regenerate with -Dheavylegs.golden.update=true and review it.");
        }
    }
}
