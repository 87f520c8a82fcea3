package org.heavylegs.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.PlanItem;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.Strength;
import org.heavylegs.core.diagnosis.Urgency;
import org.heavylegs.formats.Corpus;
import org.heavylegs.web.Served;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium: open the overview, upload a real file, find it in the
 * runs list and on its page, add a wellness day, see the overview change. Screenshots are kept in
 * target/screenshots.
 */
class DashboardBrowserIT {

    static final String TCX = "connectstats/ConnectStatsTests/samples/tcx/activity_234979239.tcx";
    static final String FIT = "python-fitparse/garmin-fenix-5-run.fit";
    /** A corpus run whose FIT signature is broken (".FIT" -> ".FGT"), written to the test's folder. */
    static Path corruptFit(Path dir) throws java.io.IOException {
        byte[] data = java.nio.file.Files.readAllBytes(Corpus.file("python-fitparse/Activity.fit"));
        data[9] = 'G';
        return java.nio.file.Files.write(dir.resolve("broken-header.fit"), data);
    }

    @TempDir
    Path dir;

    @BeforeAll
    static void browserInstalled() {
        Browser.requireInstalled();
    }

    private static WebElement waitFor(Browser b, By by) {
        try {
            return new WebDriverWait(b.driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = b.screenshot("failure");
            String body = b.driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("no " + by + " on " + b.driver.getCurrentUrl() + " (screenshot " + shot + "); the page says: "
                    + body.substring(0, Math.min(800, body.length())), e);
        }
    }

    private static String text(Browser b, By by) {
        return b.driver.findElement(by).getText();
    }

    @Test
    void uploadARunSeeItInTheListAndOnItsPageAddAWellnessDayAndSeeTheOverviewChange() {
        try (Served s = new Served(dir); Browser b = Browser.start(true)) {
            b.driver.get(s.base() + "/");
            assertThat(b.driver.getTitle()).isEqualTo("Overview · HeavyLegs");
            assertThat(text(b, By.id("as-of"))).isEqualTo("2026-03-20");
            assertThat(text(b, By.id("cause-overtraining"))).contains("unknown");
            assertThat(text(b, By.id("cause-muscle_fatigue"))).contains("soreness in the wellness log would show");
            b.screenshot("01-overview-empty");

            // upload through the page's script: progress, then the import result
            b.driver.findElement(By.linkText("Upload")).click();
            b.driver.findElement(By.id("f-files")).sendKeys(Corpus.file(TCX).toString());
            b.driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
            WebElement result = waitFor(b, By.cssSelector("#upload-results .upload-result .summary"));
            assertThat(result.getText()).startsWith("1 file(s) imported: 1 activity");
            assertThat(text(b, By.cssSelector("#upload-results h3"))).isEqualTo("activity_234979239.tcx");
            b.screenshot("02-upload-result");

            b.driver.findElement(By.linkText("See the runs")).click();
            waitFor(b, By.cssSelector("table.runs"));
            WebElement row = b.driver.findElement(By.cssSelector("table.runs tbody tr"));
            assertThat(row.getText()).contains("2012-10-19 06:15", "running", "8.38 km", "47:37", "5:41 min/km", "173 bpm", "TCX");
            b.screenshot("03-runs");

            row.findElement(By.linkText("2012-10-19 06:15")).click();
            waitFor(b, By.cssSelector("figure.chart svg"));
            assertThat(b.driver.findElement(By.tagName("h1")).getText()).isEqualTo("2012-10-19 06:15 · running");
            assertThat(text(b, By.cssSelector("table.totals"))).contains("Average heart rate 173 bpm 173 bpm");
            assertThat(b.driver.findElements(By.cssSelector("figure.chart svg polyline"))).hasSizeGreaterThanOrEqualTo(2);
            assertThat(b.driver.findElements(By.cssSelector("table.laps tbody tr"))).isNotEmpty();
            b.screenshot("04-run-detail");

            // the overview now looks from the run's day
            b.driver.findElement(By.linkText("Overview")).click();
            assertThat(text(b, By.id("as-of"))).isEqualTo("2012-10-19");
            assertThat(text(b, By.id("cause-overtraining"))).doesNotContain("heart rate in your recordings would give the training load");

            // a wellness day: first a typing mistake, said next to its field, then saved
            b.driver.findElement(By.linkText("Log a day, run or lab")).click();
            WebElement rhr = b.driver.findElement(By.id("f-resting_hr"));
            rhr.sendKeys("480");
            b.driver.findElement(By.id("f-hrv_rmssd_ms")).sendKeys("62");
            b.driver.findElement(By.id("f-soreness")).sendKeys("8");
            b.driver.findElement(By.cssSelector("#wellness-form button[type=submit]")).click();
            assertThat(waitFor(b, By.id("e-resting_hr")).getText()).isEqualTo("480 is not plausible (expected between 25 and 150 bpm)");
            assertThat(b.driver.findElement(By.id("f-hrv_rmssd_ms")).getAttribute("value")).isEqualTo("62");
            b.screenshot("05-wellness-error");
            WebElement again = b.driver.findElement(By.id("f-resting_hr"));
            again.clear();
            again.sendKeys("48");
            b.driver.findElement(By.cssSelector("#wellness-form button[type=submit]")).click();
            assertThat(waitFor(b, By.cssSelector("#wellness-form .saved")).getText()).isEqualTo("Wellness day saved.");
            b.screenshot("06-wellness-saved");

            b.driver.findElement(By.linkText("Overview")).click();
            assertThat(text(b, By.id("as-of"))).isEqualTo("2026-03-20");
            // the diagnosis now weighs the soreness of that morning instead of asking for it
            assertThat(text(b, By.id("cause-muscle_fatigue"))).doesNotContain("soreness in the wellness log would show")
                    .contains("soreness");
            assertThat(b.driver.getPageSource()).contains("1 wellness day,");
            b.screenshot("07-overview-after");
        }
    }

    @Test
    void withoutJavaScriptUploadsFormsAndPagesStillWorkAndABadFileIsRefusedWithItsReason() throws java.io.IOException {
        Path corrupt = corruptFit(Files.createDirectories(dir.resolve("upload")));
        try (Served s = new Served(dir); Browser b = Browser.start(false)) {
            b.driver.get(s.base() + "/upload");
            b.driver.findElement(By.id("f-files")).sendKeys(Corpus.file(TCX) + "\n" + corrupt);
            b.driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
            List<WebElement> results = new WebDriverWait(b.driver, Duration.ofSeconds(30))
                    .until(d -> {
                        List<WebElement> r = d.findElements(By.cssSelector(".upload-result"));
                        return r.size() == 2 ? r : null;
                    });
            assertThat(results.get(0).getText()).contains("activity_234979239.tcx", "1 activity");
            assertThat(results.get(1).getText()).contains("broken-header.fit", "1 refused", "broken-header.fit: ");
            b.screenshot("08-upload-without-javascript");

            b.driver.get(s.base() + "/profile");
            b.driver.findElement(By.id("f-name")).sendKeys("Alex");
            b.driver.findElement(By.id("f-birth_year")).sendKeys("88");
            b.driver.findElement(By.cssSelector("input[name='symptoms.cramps'][value='true']")).click();
            b.driver.findElement(By.cssSelector("#profile-form button[type=submit]")).click();
            assertThat(waitFor(b, By.cssSelector(".form-errors")).getText()).contains("Nothing was saved");
            assertThat(text(b, By.id("e-birth_year"))).isEqualTo("'88' is not a year such as 1988");
            b.screenshot("09-questionnaire-error");
            WebElement year = b.driver.findElement(By.id("f-birth_year"));
            year.clear();
            year.sendKeys("1988");
            b.driver.findElement(By.cssSelector("#profile-form button[type=submit]")).click();
            assertThat(waitFor(b, By.cssSelector(".saved")).getText()).isEqualTo("Questionnaire saved.");
            assertThat(b.driver.findElement(By.cssSelector("input[name='symptoms.cramps'][value='true']")).isSelected()).isTrue();
            assertThat(b.driver.findElement(By.cssSelector("input[name='symptoms.chest_pain'][value='']")).isSelected()).isTrue();

            b.driver.get(s.base() + "/");
            assertThat(b.driver.findElement(By.tagName("h1")).getText()).contains("Alex");
            b.screenshot("10-overview-named");
        }
    }

    @Test
    void aDiagnosisWithARedFlagLikelyCausesAndAPlanIsShownRedFlagFirst() {
        Diagnosis d = new Diagnosis("Alex", LocalDate.parse("2026-03-20"), 28, null, null, List.of("hr_max estimated as 189 from age"),
                List.of(new Assessment("overtraining", Likelihood.LIKELY, 0.81,
                                List.of(Finding.numeric("acwr", 1.62, "", "> 1.5", true, Strength.STRONG, "Gabbett 2016"),
                                        Finding.numeric("hrv_vs_baseline", -1.4, "SD", "< -1 SD", true, Strength.MODERATE, "Plews 2012")),
                                List.of(), List.of("rest_recovery", "gradual_load")),
                        new Assessment("dehydration", Likelihood.POSSIBLE, 0.45,
                                List.of(Finding.numeric("mass_loss_pct", 1.8, "%", "> 2 %", false, Strength.MODERATE, "Sawka 2007")),
                                List.of("fluid_ml in the run log would confirm it"), List.of("hydration")),
                        new Assessment("anemia", Likelihood.UNLIKELY, 0.1,
                                List.of(Finding.numeric("ferritin", 62, "ug/L", "< 30 ug/L", false, Strength.STRONG, "WHO 2020")),
                                List.of(), List.of()),
                        new Assessment("biomechanics", Likelihood.UNKNOWN, 0, List.of(), List.of("no cadence recorded"), List.of())),
                List.of(new RedFlag("suspected_dvt", Urgency.URGENT, "Swelling of one leg with calf pain at rest: see a doctor today, "
                        + "before running again.", List.of("leg_swelling: one_side", "calf_pain_at_rest: yes"))),
                List.of(new PlanItem("rest_recovery", List.of("Take two easy days, then keep one rest day a week."),
                                Map.of("rest_days_per_week", 1.0)),
                        new PlanItem("hydration", List.of("Drink about 650 mL per hour on runs over an hour."),
                                Map.of("fluid_ml_per_h", 650.0))),
                List.of());
        try (Served s = new Served(dir, c -> c.withDiagnosis((snapshot, asOf) -> d)); Browser b = Browser.start(true)) {
            b.driver.get(s.base() + "/");
            WebElement flags = waitFor(b, By.cssSelector("section.red-flags"));
            assertThat(flags.getText()).contains("Suspected deep-vein thrombosis (a clot in a leg vein)", "urgent", "see a doctor today");
            assertThat(flags.getLocation().getY()).isLessThan(b.driver.findElement(By.id("causes-title")).getLocation().getY());
            assertThat(text(b, By.id("cause-overtraining"))).contains("likely", "0.81", "acute:chronic load ratio 1.62");
            assertThat(text(b, By.cssSelector(".plan-item"))).contains("Rest and recovery", "rest days 1/week");
            b.screenshot("11-overview-with-a-diagnosis");
        }
    }

    @Test
    void aFitFileUploadedInTheBrowserIsListedWithItsTotals() {
        try (Served s = new Served(dir); Browser b = Browser.start(true)) {
            b.driver.get(s.base() + "/upload");
            b.driver.findElement(By.id("f-files")).sendKeys(Corpus.file(FIT).toString());
            b.driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
            assertThat(waitFor(b, By.cssSelector("#upload-results .upload-result .summary")).getText())
                    .startsWith("1 file(s) imported: 1 activity");
            b.driver.get(s.base() + "/runs");
            WebElement row = waitFor(b, By.cssSelector("table.runs tbody tr"));
            assertThat(row.getText()).contains("running", "km", "min/km", "bpm", "FIT");
            row.findElement(By.tagName("a")).click();
            waitFor(b, By.cssSelector("figure.chart svg"));
            b.screenshot("12-fit-run-detail");
        }
    }
}
