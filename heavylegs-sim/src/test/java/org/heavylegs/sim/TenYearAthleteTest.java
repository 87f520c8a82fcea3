package org.heavylegs.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.heavylegs.formats.fit.FitEncoderOracle;
import org.heavylegs.sim.history.DayPlan;
import org.heavylegs.sim.history.PlanDay;
import org.heavylegs.sim.history.TenYearPlanner;
import org.heavylegs.sim.run.RunnerProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ten-year athlete: its plan over the whole decade has the promised shape, and a short slice
 * written through the same streaming path gives valid files (the full decade is generated on demand
 * for benchmarks, never in unit tests: ~350 MB).
 */
class TenYearAthleteTest {

    @Test
    void theDecadeHasAboutThreeThousandRunsAThirdWithDynamics() {
        LocalDate last = TenYearAthlete.LAST_DAY;
        LocalDate first = last.minusDays(TenYearAthlete.DAYS - 1L);
        TenYearPlanner planner = new TenYearPlanner(RunnerProfile.typicalMale(), first, last, TenYearAthlete.DEFAULT_SEED);
        SplittableRandom root = new SplittableRandom(TenYearAthlete.DEFAULT_SEED);
        int runs = 0;
        int strap = 0;
        int races = 0;
        double minutes = 0;
        double longest = 0;
        for (int i = 0; i < TenYearAthlete.DAYS; i++) {
            DayPlan p = planner.plan(new PlanDay(first.plusDays(i), i, TenYearAthlete.DAYS - 1 - i, root.split()));
            if (p.run() == null) {
                continue;
            }
            runs++;
            strap += p.run().recording().rr() ? 1 : 0;
            races += "long".equals(p.run().label()) && p.run().plannedMovingSeconds() > 3 * 3600 ? 1 : 0;
            minutes += p.run().plannedMovingSeconds() / 60;
            longest = Math.max(longest, p.run().plannedMovingSeconds() / 60);
        }
        assertThat(runs).isBetween(2_700, 3_300);
        assertThat(strap / (double) runs).as("share with dynamics and RR").isBetween(0.28, 0.38);
        assertThat(minutes / runs).as("mean minutes").isBetween(45.0, 70.0);
        assertThat(races).as("marathons, two a year").isBetween(18, 22);
        assertThat(longest).isLessThan(240);
    }

    @Test
    void aSliceIsWrittenAsAFolderByYear(@TempDir Path dir) throws IOException {
        TenYearAthlete.Summary s = TenYearAthlete.write(dir, TenYearAthlete.DEFAULT_SEED, 21);
        List<Path> fits;
        try (Stream<Path> walk = Files.walk(dir.resolve("activities"))) {
            fits = walk.filter(p -> p.toString().endsWith(".fit")).toList();
        }
        assertThat(fits).hasSize(s.runs()).isNotEmpty();
        assertThat(fits).allSatisfy(p -> assertThat(p.getParent().getFileName().toString()).isEqualTo("2026"));
        for (Path p : fits) {
            assertThat(FitEncoderOracle.integrityOk(Files.readAllBytes(p))).as(p.toString()).isTrue();
        }
        assertThat(Files.readAllLines(dir.resolve("wellness.csv"))).hasSize(22);
        assertThat(dir.resolve("athlete.yaml")).exists();
        assertThat(dir.resolve("runs.csv")).exists();
        assertThat(s.samples()).isGreaterThan(s.runs() * 1500L);
    }
}
