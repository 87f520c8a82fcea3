package org.heavylegs.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.heavylegs.core.history.TestRuns.run;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.core.athlete.Symptoms;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.core.analysis.HrssLoad;
import org.junit.jupiter.api.Test;

class HistoryTest {

    static final LocalDate D = LocalDate.of(2026, 4, 1);

    static RunLogEntry entry(LocalDate date, Instant start, double fluid) {
        return new RunLogEntry(date, start, null, null, fluid, null, null, null, null, null, null, null, null, null,
                "runs.csv:2");
    }

    @Test
    void logRowsAttachByStartTimeWithinFifteenMinutesOrByDate() {
        RunSummary morning = run(D, 60, 10, 140, 170);                       // 07:00Z
        RunSummary other = run(D.plusDays(1), 60, 10, 140, 170);
        RunSummary twiceA = run(D.plusDays(2), 30, 5, 140, 170);
        RunSummary twiceB = new RunSummary("b.fit", "running", "generic", D.plusDays(2).atTime(18, 0).toInstant(ZoneOffset.UTC),
                D.plusDays(2), 1800, 1800, 5000, 140, 150, 170, null, Double.NaN, null, null);
        RunLogEntry near = entry(D, D.atTime(7, 14).toInstant(ZoneOffset.UTC), 500);
        RunLogEntry tooFar = entry(D, D.atTime(7, 16).toInstant(ZoneOffset.UTC), 600);
        RunLogEntry byDate = entry(D.plusDays(1), null, 700);
        RunLogEntry ambiguous = entry(D.plusDays(2), null, 800);
        RunLogEntry noRun = entry(D.plusDays(3), null, 900);
        RunLogMatching.Result r = RunLogMatching.attach(List.of(morning, other, twiceA, twiceB),
                List.of(near, tooFar, byDate, ambiguous, noRun));
        assertThat(r.activities().get(0).log()).isSameAs(near);
        assertThat(r.activities().get(1).log()).isSameAs(byDate);
        assertThat(r.activities().get(2).log()).isNull();
        assertThat(r.unmatched()).containsExactly(tooFar, ambiguous, noRun);
    }

    private static RunLogEntry entryAt(LocalDate date, Instant start, double fluid, int line) {
        return new RunLogEntry(date, start, null, null, fluid, null, null, null, null, null, null, null, null, null,
                "runs.csv:" + line);
    }

    @Test
    void theNearestRowWinsWhateverTheOrderAndALeftoverRowNearARunIsWarnedAbout() {
        RunSummary morning = run(D, 60, 10, 140, 170);                       // 07:00Z
        RunLogEntry tenMinOff = entryAt(D, D.atTime(7, 10).toInstant(ZoneOffset.UTC), 500, 2);
        RunLogEntry exact = entryAt(D, D.atTime(7, 0).toInstant(ZoneOffset.UTC), 600, 3);
        RunLogMatching.Result r = RunLogMatching.attach(List.of(morning), List.of(tenMinOff, exact));
        assertThat(r.activities().get(0).log()).as("the row nearest the recorded start").isSameAs(exact);
        assertThat(r.unmatched()).containsExactly(tenMinOff);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.refused()).isFalse();
            assertThat(w.toString()).startsWith("runs.csv:2: starts 10 min from the run recorded at " + morning.start()
                    + ", which line 3 already logs; kept as one more run without a recording");
        });
    }

    @Test
    void aDateOnlyRowThatMatchesNoRunOfItsBusyOrTakenDayIsWarnedAbout() {
        RunSummary morning = run(D, 60, 10, 140, 170);
        RunSummary evening = new RunSummary("b.fit", "running", "generic", D.plusDays(1).atTime(18, 0).toInstant(ZoneOffset.UTC),
                D.plusDays(1), 1800, 1800, 5000, 140, 150, 170, null, Double.NaN, null, null);
        RunSummary secondMorning = run(D.plusDays(1), 30, 5, 140, 170);
        RunLogEntry timed = entryAt(D, D.atTime(7, 0).toInstant(ZoneOffset.UTC), 500, 2);
        RunLogEntry sameDay = entryAt(D, null, 600, 3);
        RunLogEntry busyDay = entryAt(D.plusDays(1), null, 700, 4);
        RunLogEntry noRunThatDay = entryAt(D.plusDays(5), null, 800, 5);
        RunLogMatching.Result r = RunLogMatching.attach(List.of(morning, evening, secondMorning),
                List.of(timed, sameDay, busyDay, noRunThatDay));
        assertThat(r.unmatched()).containsExactly(sameDay, busyDay, noRunThatDay);
        assertThat(r.warnings()).extracting(InputProblem::toString).containsExactly(
                "runs.csv:3: the only run on " + D + " is already logged by line 2; kept as one more run without a recording",
                "runs.csv:4: 2 runs were recorded on " + D.plusDays(1) + ", so a date alone matches none; kept as one more "
                        + "run without a recording (give the start time to match one)");
    }

    @Test
    void historyCutsAtTheAsOfDateComputesLoadsAndReportsAssumptions() {
        Athlete a = new Athlete("Alex", Sex.MALE, null, null, 70.0, 190.0, 50.0, null, null,
                Set.of(), Set.of(), Set.of(), null, null, null, Symptoms.UNANSWERED);
        AthleteData data = new AthleteData(a, ZoneOffset.UTC, true,
                List.of(run(D, 60, 10, 50 + 0.85 * 140, 170), run(D.plusDays(5), 60, 10, 140, 170), run(D.minusDays(1), 30, 5, Double.NaN, 0)),
                List.of(new WellnessDay(D, 48.0, null, null, null, null, null, null, null, null)),
                List.of(entry(D.plusDays(9), null, 100)), List.of(),
                List.of(InputProblem.refused("x/wellness.csv", 3, "bad")));
        History h = History.of(data, D.plusDays(1), new HrssLoad());
        assertThat(h.activities()).hasSize(2);
        assertThat(h.activities().get(0).load()).isNaN();                       // no heart rate
        assertThat(h.activities().get(1).load()).isCloseTo(100, within(1e-9));  // an hour at threshold HR
        assertThat(h.runLog()).isEmpty();
        assertThat(h.assumptions()).anyMatch(s -> s.startsWith("timezone not given"))
                .anyMatch(s -> s.contains("hr_tss"))
                .anyMatch(s -> s.startsWith("threshold_hr estimated"));
        assertThat(h.anyRefused()).isTrue();
        assertThat(h.problems().get(0).toString()).isEqualTo("x/wellness.csv:3: bad");
        assertThat(data.latestDate()).isEqualTo(D.plusDays(9));
    }
}
