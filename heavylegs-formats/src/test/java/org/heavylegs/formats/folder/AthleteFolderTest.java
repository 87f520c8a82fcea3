package org.heavylegs.formats.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.StreamsBuilder;
import org.heavylegs.core.history.AthleteData;
import org.heavylegs.core.history.InputProblem;
import org.heavylegs.formats.UnreadableFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AthleteFolderTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /**
     * A synthetic activity reader for tests: each file holds "START MINUTES HR" (e.g.
     * "2026-05-01T07:00:00Z 60 150"); the word "broken" makes it unreadable.
     */
    static List<Activity> synthetic(Path file) throws UnreadableFileException {
        String text;
        try {
            text = Files.readString(file).strip();
        } catch (IOException e) {
            throw new UnreadableFileException(file.toString(), UnreadableFileException.Kind.IO, e.getMessage());
        }
        if (text.equals("broken")) {
            throw new UnreadableFileException(file.toString(), UnreadableFileException.Kind.TRUNCATED, "ends before its first record", 14);
        }
        String[] f = text.split(" ");
        return List.of(activity(file.toString(), Instant.parse(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])));
    }

    /** A steady synthetic run: 1 Hz, 3 m/s, constant heart rate. */
    static Activity activity(String source, Instant start, double minutes, double hr) {
        StreamsBuilder b = new StreamsBuilder();
        for (int t = 0; t <= minutes * 60; t++) {
            b.newSample(t).set(Channel.DISTANCE_M, 3.0 * t).set(Channel.HEART_RATE_BPM, hr).set(Channel.CADENCE_SPM, 170);
        }
        return new Activity(source, SourceFormat.SYNTHETIC, "running", "generic", start, b.build(), List.of(), List.of(),
                new double[0], DeviceSummary.NONE, Device.UNKNOWN, List.of());
    }

    @Test
    void readsEveryPartAndCollectsProblems() throws IOException {
        write(dir.resolve("athlete.yaml"), "name: Alex\nhr_max: 190\ntimezone: Europe/Berlin\nfoo: 1\n");
        write(dir.resolve("wellness.csv"), "date,resting_hr\n2026-05-01,48\n2026-05-02,400\n");
        write(dir.resolve("runs.csv"), "start,fluid_ml\n2026-05-01T07:10,500\n");
        write(dir.resolve("labs.csv"), "date,test,value,unit\n2026-05-01,ferritin,25,ng/mL\n");
        write(dir.resolve("activities/2026/05/a.fit"), "2026-05-01T05:00:00Z 60 150");
        write(dir.resolve("activities/b.tcx.gz"), "broken");
        write(dir.resolve("activities/c.fit"), "2026-06-03T05:00:00Z 60 150");
        write(dir.resolve("activities/copy-of-a.gpx"), "2026-05-01T05:00:00Z 60 150");
        write(dir.resolve("activities/export.zip"), "zip");
        write(dir.resolve("activities/notes.txt"), "hello");
        write(dir.resolve("activities/.DS_Store"), "x");
        write(dir.resolve("welness.csv"), "date\n");

        AthleteData data = AthleteFolder.load(dir, CLOCK, AthleteFolderTest::synthetic);

        assertThat(data.athlete().name()).isEqualTo("Alex");
        assertThat(data.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(data.zoneAssumed()).isFalse();
        assertThat(data.wellness()).hasSize(1);
        assertThat(data.runLog()).singleElement().satisfies(e ->
                assertThat(e.start()).isEqualTo(Instant.parse("2026-05-01T05:10:00Z")));   // 07:10 in Berlin
        assertThat(data.labs()).hasSize(1);
        assertThat(data.activities()).singleElement().satisfies(r -> {
            assertThat(r.date()).isEqualTo(LocalDate.of(2026, 5, 1));
            assertThat(r.timerS()).isEqualTo(3600);
            assertThat(r.avgHr()).isEqualTo(150);
            assertThat(r.heartRate().totalSeconds()).isEqualTo(3601);
        });
        List<String> refused = data.problems().stream().filter(InputProblem::refused).map(InputProblem::toString).toList();
        List<String> warnings = data.problems().stream().filter(p -> !p.refused()).map(InputProblem::toString).toList();
        assertThat(refused).containsExactlyInAnyOrder(
                dir.resolve("wellness.csv") + ":3: resting_hr: 400 is not plausible (expected between 25 and 150 bpm); row skipped",
                dir.resolve("activities/b.tcx.gz") + ": ends before its first record (at offset 14)",
                dir.resolve("activities/c.fit") + ": starts on 2026-06-03, in the future (today is 2026-06-01; is the device clock wrong?); not used",
                dir.resolve("activities/export.zip") + ": not a zip archive (it does not start with a zip signature); not read");
        assertThat(warnings).hasSize(4)
                .anyMatch(s -> s.startsWith(dir.resolve("athlete.yaml") + ":4: foo: unknown key"))
                .anyMatch(s -> s.startsWith(dir.resolve("activities/copy-of-a.gpx") + ": same running activity"))
                .anyMatch(s -> s.startsWith(dir.resolve("activities/notes.txt") + ": not an activity file"))
                .anyMatch(s -> s.startsWith(dir.resolve("welness.csv") + ": not a file HeavyLegs reads"));
    }

    @Test
    void csvOnlyFolderWithDefaultZone() throws IOException {
        write(dir.resolve("wellness.csv"), "date,resting_hr\n2026-05-01,48\n");
        write(dir.resolve("runs.csv"), "start\n2026-05-01T07:10\n");
        AthleteData data = AthleteFolder.load(dir, CLOCK);
        assertThat(data.problems()).isEmpty();
        assertThat(data.zoneAssumed()).isTrue();
        assertThat(data.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(data.runLog().get(0).start()).isEqualTo(Instant.parse("2026-05-01T07:10:00Z"));
        assertThat(data.isEmpty()).isFalse();
    }

    @Test
    void emptyAndMissingFolders() throws IOException {
        AthleteData empty = AthleteFolder.load(dir, CLOCK);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.problems()).isEmpty();
        AthleteData missing = AthleteFolder.load(dir.resolve("nope"), CLOCK);
        assertThat(missing.problems()).extracting(InputProblem::toString).containsExactly(dir.resolve("nope") + ": no such folder");
    }

    @Test
    void anUnreadableFileDoesNotStopTheRest() throws IOException {
        List<Path> asked = new ArrayList<>();
        write(dir.resolve("activities/a.fit"), "x");
        write(dir.resolve("activities/b.fit"), "2026-05-01T05:00:00Z 30 140");
        AthleteData data = AthleteFolder.load(dir, CLOCK, f -> {
            asked.add(f);
            if (f.endsWith("a.fit")) {
                throw new IllegalStateException("reader bug");
            }
            return synthetic(f);
        });
        assertThat(asked).hasSize(2);
        assertThat(data.activities()).hasSize(1);
        assertThat(data.problems()).extracting(InputProblem::toString)
                .containsExactly(dir.resolve("activities/a.fit") + ": could not be read (internal error: IllegalStateException: reader bug)");
    }
}
