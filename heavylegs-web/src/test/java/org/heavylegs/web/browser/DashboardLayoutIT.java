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
import org.heavylegs.core.diagnosis.Strength;
import org.heavylegs.formats.Corpus;
import org.heavylegs.web.Served;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard's layout as a runner sees it: on a phone, and after sending a form low on a page. */
class DashboardLayoutIT {

    @TempDir
    Path dir;

    @BeforeAll
    static void browserInstalled() {
        Browser.requireInstalled();
    }

    /** A diagnosis with findings as long as real ones, so the causes table is as wide as it gets. */
    static Diagnosis longFindings() {
        List<Finding> heat = List.of(
                Finding.numeric("mass_loss_pct", 3.28, "%", "> 2 %", true, Strength.STRONG, "ACSM 2007 (Sawka et al.); Sawka 2015"),
                Finding.numeric("heat_index_c", 33.45, "°C", ">= 32.2 °C", true, Strength.MODERATE, "Sawka 2015; NWS heat index (Rothfusz 1990)"),
                Finding.numeric("runs_losing_over_2pct_pct", 30, "%", "share of logged runs of 45+ min losing > 2 %: >= 50 %", true,
                        Strength.MODERATE, "ACSM 2007 (Sawka et al.)"));
        return new Diagnosis("Robin", LocalDate.parse("2026-03-20"), 28, null, null, List.of("hr_max estimated as 189 from age"),
                List.of(new Assessment("dehydration", Likelihood.LIKELY, 0.66, heat, List.of(), List.of("hydration")),
                        new Assessment("inadequate_warmup", Likelihood.LIKELY, 0.55, List.of(), List.of(
                                "answering heaviness_first_km_only in athlete.yaml (does it ease after 10-15 min?) would help decide this"),
                                List.of("warmup_cooldown"))),
                List.of(),
                List.of(new PlanItem("warmup_cooldown", List.of("Start every run with 10 min really easy."),
                        Map.of("warmup_min", 10.0, "warmup_hr_min_bpm", 119.0, "warmup_hr_max_bpm", 133.0))),
                List.of());
    }

    @Test
    void onAPhoneNoPageScrollsSidewaysAndARunsChartKeepsAReadableSize() throws Exception {
        try (Served s = new Served(dir, c -> c.withDiagnosis((snapshot, asOf) -> longFindings())); Browser b = Browser.phone()) {
            s.upload("activity_234979239.tcx", Files.readAllBytes(Corpus.file(DashboardBrowserIT.TCX)));
            b.driver.get(s.base() + "/runs");
            String run = b.driver.findElement(By.cssSelector("table.runs tbody a")).getAttribute("href");
            for (String page : List.of(s.base() + "/", s.base() + "/runs", run, s.base() + "/log", s.base() + "/profile",
                    s.base() + "/upload")) {
                b.driver.get(page);
                assertThat(b.sidewaysOverflow()).as("%s is wider than a 390 px phone by", page).isLessThanOrEqualTo(0);
            }
            b.driver.get(s.base() + "/");
            WebElement cause = b.driver.findElement(By.id("cause-dehydration"));
            assertThat(cause.getText()).contains("Dehydration", "likely", "body-mass loss over the run 3.28 %");
            assertThat(cause.getSize().getWidth()).isLessThanOrEqualTo(390);
            b.screenshot("phone-01-overview");

            b.driver.get(run);
            WebElement svg = b.driver.findElement(By.cssSelector("figure.chart svg"));
            // the chart is drawn 720 units wide with 11-unit text: below about 600 px its labels shrink under 9 px
            assertThat(svg.getSize().getWidth()).isGreaterThanOrEqualTo(600);
            b.screenshot("phone-02-run");
            b.driver.executeScript("arguments[0].scrollIntoView()", svg);
            b.screenshot("phone-03-run-chart");
        }
    }

    /** Whether the element is on the screen without scrolling (its top within the window). */
    private static boolean onScreen(Browser b, WebElement e) {
        Object top = b.driver.executeScript("const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;", e);
        return Boolean.TRUE.equals(top);
    }

    private static void submitAndWait(Browser b, WebElement form) {
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(b.driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(form));
    }

    @Test
    void aFormLowOnAPageShowsItsErrorOrItsSavedNoteWhereTheRunnerIsLooking() throws Exception {
        try (Served s = new Served(dir); Browser b = Browser.start(true)) {
            // the lab form is the last of three on /log, below the first screen
            b.driver.get(s.base() + "/log");
            WebElement lab = b.driver.findElement(By.id("lab-form"));
            new Select(lab.findElement(By.name("test"))).selectByValue("ferritin");
            lab.findElement(By.name("value")).sendKeys("12");
            lab.findElement(By.name("unit")).sendKeys("furlongs");
            submitAndWait(b, lab);
            WebElement error = b.driver.findElement(By.id("e-unit"));
            assertThat(error.getText()).contains("'furlongs' is not known for ferritin");
            assertThat(onScreen(b, error)).as("the unit's error is on the screen after sending").isTrue();
            b.screenshot("form-01-lab-error");
            lab = b.driver.findElement(By.id("lab-form"));
            lab.findElement(By.name("unit")).clear();
            lab.findElement(By.name("unit")).sendKeys("ng/mL");
            submitAndWait(b, lab);
            WebElement saved = b.driver.findElement(By.cssSelector("#lab-form .saved"));
            assertThat(saved.getText()).isEqualTo("Lab value saved.");
            assertThat(onScreen(b, saved)).as("'Lab value saved.' is on the screen after sending").isTrue();

            // a run's log form sits under its charts and laps
            s.upload("activity_234979239.tcx", Files.readAllBytes(Corpus.file(DashboardBrowserIT.TCX)));
            b.driver.get(s.base() + "/runs");
            b.driver.findElement(By.cssSelector("table.runs tbody a")).click();
            WebElement log = b.driver.findElement(By.id("log-form"));
            log.findElement(By.name("pre_mass_kg")).sendKeys("7000");
            submitAndWait(b, log);
            WebElement massError = b.driver.findElement(By.id("e-pre_mass_kg"));
            assertThat(onScreen(b, massError)).as("the body mass error is on the screen after sending").isTrue();
            b.screenshot("form-02-run-log-error");
        }
    }
}
