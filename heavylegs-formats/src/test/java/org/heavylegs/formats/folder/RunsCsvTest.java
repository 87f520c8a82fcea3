package org.heavylegs.formats.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.history.InputProblem;
import org.junit.jupiter.api.Test;

class RunsCsvTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Parsed<RunLogEntry> parse(String text) {
        return RunsCsv.parse("alex/runs.csv", text, BERLIN, TODAY);
    }

    @Test
    void startFormats() {
        Parsed<RunLogEntry> p = parse("start,fluid_ml\n"
                + "2026-05-01T07:02:11Z,500\n"
                + "2026-05-02T07:30:00+02:00,\n"
                + "2026-05-03T07:30,\n"
                + "2026-05-04 07:30,\n"
                + "2026-05-05,\n"
                + "2026-05-05T23:30:00Z,\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.values()).extracting(RunLogEntry::start).containsExactly(
                Instant.parse("2026-05-01T07:02:11Z"),
                Instant.parse("2026-05-02T05:30:00Z"),
                Instant.parse("2026-05-03T05:30:00Z"),      // local time in the athlete's zone (CEST)
                Instant.parse("2026-05-04T05:30:00Z"),
                null,
                Instant.parse("2026-05-05T23:30:00Z"));
        // 23:30 UTC is already the 6th in Berlin: the date is the athlete's local date
        assertThat(p.values()).extracting(RunLogEntry::date).containsExactly(
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 3), LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 6));
        assertThat(p.values().get(0).fluidMl()).isEqualTo(500.0);
        assertThat(p.values().get(0).source()).isEqualTo("alex/runs.csv:2");
    }

    @Test
    void quotedMultiLineNotesMoveLaterLineNumbers() {
        Parsed<RunLogEntry> p = parse("start,rpe,notes\n"
                + "2026-05-01,5,\"legs heavy\nfrom the start,\nfelt \"\"dead\"\"\"\n"
                + "2026-05-02,11,\n"
                + "2026-05-03,4,\"ok\"\n");
        assertThat(p.problems()).extracting(InputProblem::toString)
                .containsExactly("alex/runs.csv:5: rpe: 11 is not plausible (expected between 0 and 10); row skipped");
        assertThat(p.values()).hasSize(2);
        assertThat(p.values().get(0).notes()).isEqualTo("legs heavy\nfrom the start,\nfelt \"dead\"");
        assertThat(p.values().get(1).source()).isEqualTo("alex/runs.csv:6");
    }

    @Test
    void unterminatedQuoteKeepsTheRowsBefore() {
        Parsed<RunLogEntry> p = parse("start,notes\n2026-05-01,fine\n2026-05-02,\"never closed\n2026-05-03,x\n");
        assertThat(p.values()).hasSize(1);
        assertThat(p.problems()).singleElement().satisfies(e -> {
            assertThat(e.refused()).isTrue();
            assertThat(e.toString()).startsWith("alex/runs.csv:").contains("broken CSV from here on");
        });
    }

    @Test
    void badRowsAreRefusedOneByOne() {
        Parsed<RunLogEntry> p = parse("start,pre_mass_kg,post_mass_kg,sodium_mg\n"
                + "tomorrow,60,59,\n"
                + "2026-06-02T07:00Z,60,59,\n"
                + "2026-05-01T07:00Z,60,5900,\n"
                + "2026-05-02T07:00Z,60,59,lots\n"
                + "2026-05-03T07:00Z,60,59,300\n"
                + "2026-05-03T09:00+02:00,60,59,300\n");
        assertThat(p.problems()).extracting(InputProblem::toString).containsExactly(
                "alex/runs.csv:2: start: 'tomorrow' is not a date or date-time (e.g. 2026-03-14 or 2026-03-14T07:30); row skipped",
                "alex/runs.csv:3: start: 2026-06-02 is in the future (today is 2026-06-01); row skipped",
                "alex/runs.csv:4: post_mass_kg: 5900 is not plausible (expected between 25 and 250 kg); row skipped",
                "alex/runs.csv:5: sodium_mg: 'lots' is not a number; row skipped",
                "alex/runs.csv:7: duplicate start 2026-05-03T09:00+02:00 (already on line 6); row skipped");
        assertThat(p.values()).hasSize(1);
    }

    @Test
    void missingStartColumnRefusesTheFile() {
        Parsed<RunLogEntry> p = parse("date,fluid_ml\n2026-05-01,500\n");
        assertThat(p.values()).isEmpty();
        assertThat(p.problems()).anyMatch(e -> e.refused() && e.toString().startsWith("alex/runs.csv:1: missing required column 'start'"));
    }
}
