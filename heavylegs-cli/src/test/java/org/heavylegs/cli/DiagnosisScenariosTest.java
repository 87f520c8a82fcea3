package org.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.formats.ActivityFiles;
import org.heavylegs.sim.AthleteFolderWriter;
import org.heavylegs.sim.Expected;
import org.heavylegs.sim.Scenario;
import org.heavylegs.sim.Scenarios;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quality bar of issue 6 (DESIGN.md section 4): every simulated athlete of heavylegs-sim, written
 * as a real athlete folder, read back and diagnosed, gets what its scenario expects.
 */
class DiagnosisScenariosTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);

    static Stream<Scenario> scenarios() {
        return Scenarios.all().stream();
    }

    static Diagnosis diagnose(Scenario s, Path dir) throws IOException, FolderDiagnosis.NothingToDiagnose {
        AthleteFolderWriter.write(s.generate(), dir);
        return FolderDiagnosis.run(dir, null, null, 28, CLOCK, ActivityFiles::read).diagnosis();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioGetsWhatItExpects(Scenario s, @TempDir Path dir) throws Exception {
        Diagnosis d = diagnose(s, dir);
        String table = describe(s, d);
        Expected e = s.expected();
        Set<String> flags = d.redFlags().stream().map(RedFlag::id).collect(Collectors.toSet());
        assertThat(flags).as("red flags of %s%n%s", s.id(), table).isEqualTo(e.redFlags());
        assertThat(d.problems()).as("problems of %s", s.id()).isEmpty();
        for (Assessment a : d.causes()) {
            if (a.findings().isEmpty()) {
                assertThat(a.missing()).as("%s of %s has no evidence, so it must say what is missing", a.cause(), s.id())
                        .isNotEmpty();
                assertThat(a.likelihood()).isEqualTo(Likelihood.UNKNOWN);
            }
        }
        if (!e.causesChecked()) {
            return;
        }
        Set<String> likely = d.causes().stream().filter(a -> a.likelihood() == Likelihood.LIKELY)
                .map(Assessment::cause).collect(Collectors.toSet());
        assertThat(likely).as("likely causes of %s%n%s", s.id(), table).containsAll(e.likely());
        if (e.first() != null) {
            assertThat(d.causes().get(0).cause()).as("first cause of %s%n%s", s.id(), table).isEqualTo(e.first());
        }
        if (e.onlyTheseLikely()) {
            assertThat(likely).as("likely causes of %s%n%s", s.id(), table).isSubsetOf(e.likely());
        }
        if (e.mostlyUnknown()) {
            List<Assessment> unknown = d.causes().stream().filter(a -> a.likelihood() == Likelihood.UNKNOWN).toList();
            assertThat(unknown.size()).as("unknown causes of %s%n%s", s.id(), table)
                    .isGreaterThanOrEqualTo(2 * d.causes().size() / 3);
            assertThat(unknown).allSatisfy(a -> assertThat(a.missing()).as("hints for %s", a.cause()).isNotEmpty());
            assertThat(d.causes()).noneMatch(a -> a.likelihood() == Likelihood.LIKELY || a.likelihood() == Likelihood.POSSIBLE);
        }
    }

    static String describe(Scenario s, Diagnosis d) {
        StringBuilder b = new StringBuilder("== " + s.id() + " focus " + d.focusFile() + "\n");
        for (Assessment a : d.causes()) {
            b.append(String.format(Locale.ROOT, "  %-24s %-9s %.3f%n", a.cause(), a.likelihood().key(), a.score()));
            for (Finding f : a.findings()) {
                b.append(String.format(Locale.ROOT, "      %s %-28s %s %s [%s] %s%n", f.supports() ? "+" : "-", f.marker(),
                        f.valueText() != null ? f.valueText() : String.format(Locale.ROOT, "%.2f", f.value()), f.unit(),
                        f.strength().key(), f.threshold()));
            }
        }
        for (RedFlag f : d.redFlags()) {
            b.append("  FLAG ").append(f.id()).append(' ').append(f.urgency().key()).append(' ').append(f.evidence()).append('\n');
        }
        d.plan().forEach(p -> b.append("  PLAN ").append(p.strategy()).append(' ').append(p.numbers()).append('\n'));
        d.problems().forEach(p -> b.append("  PROBLEM ").append(p).append('\n'));
        return b.toString();
    }

    static List<String> ids(List<Assessment> a) {
        return a.stream().map(Assessment::cause).toList();
    }
}
