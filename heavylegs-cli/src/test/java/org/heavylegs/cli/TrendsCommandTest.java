package org.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.StreamsBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrendsCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(CommandLine.IFactory factory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = factory == null
                ? HeavyLegs.run(args, new PrintWriter(out), new PrintWriter(err))
                : HeavyLegs.run(args, new PrintWriter(out), new PrintWriter(err), factory);
        return new Run(code, out.toString(), err.toString());
    }

    static Run run(String... args) {
        return run(null, args);
    }

    /** Every regular file under a folder, any depth. */
    static List<Path> listFiles(Path root) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** 70 days of wellness, two runs.csv rows, labs: a folder with only CSV logs. */
    void csvLogs(String extraWellnessRow) throws IOException {
        StringBuilder w = new StringBuilder("date,resting_hr,hrv_rmssd_ms,sleep_h,body_mass_kg,soreness,fatigue,stress,motivation,heavy_legs\n");
        LocalDate d0 = LocalDate.of(2026, 3, 1);
        for (int i = 0; i < 70; i++) {
            w.append(d0.plusDays(i)).append(',').append(48 + i % 3).append(',').append(i >= 63 ? 50 : 70 + i % 5).append(",7.5,58.")
                    .append(i % 10).append(",2,3,3,7,1\n");
        }
        w.append(extraWellnessRow);
        write("wellness.csv", w.toString());
        write("runs.csv", "start,fluid_ml,notes\n2026-05-08T07:00,500,\"easy\nthen heavy\"\n2026-05-09,300,\n");
        write("labs.csv", "date,test,value,unit\n2026-01-10,ferritin,40,ng/mL\n2026-05-01,ferritin,22,ng/mL\n"
                + "2026-05-01,calcium,2.10,mmol/L\n2026-05-01,albumin,30,g/L\n");
    }

    @Test
    void csvOnlyFolder() throws IOException {
        csvLogs("");
        Run r = run("trends", dir.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .contains("Trends for the athlete as of 2026-05-09")
                .contains("HRV: 7-day ln rMSSD")
                .contains(": below;")
                .contains("Load unknown: no recorded activity with heart rate")
                .contains("ferritin               22 ug/L on 2026-05-01 (given 22 ng/mL); -18 (-45 %) in 111 days since 2026-01-10")
                .contains("calcium, corrected     2.30 mmol/L")
                .contains("timezone not given");

        Run j = run("trends", dir.toString(), "--json");
        assertThat(j.code()).isEqualTo(0);
        JsonNode o = JSON.readTree(j.out());
        assertThat(o.get("as_of").asText()).isEqualTo("2026-05-09");
        assertThat(o.get("timezone").asText()).isEqualTo("UTC");
        assertThat(o.at("/hrv/state").asText()).isEqualTo("below");
        assertThat(o.at("/resting_hr/state").asText()).isEqualTo("within");
        assertThat(o.at("/load/ctl").isNull()).isTrue();
        assertThat(o.at("/data/unrecorded_runs").asInt()).isEqualTo(2);
        assertThat(o.at("/corrected_calcium/0/corrected_mmol_l").asDouble()).isCloseTo(2.30, within(1e-9));
        assertThat(o.get("refused")).isEmpty();
        assertThat(o.get("assumptions").toString()).contains("hr_max estimated");
    }

    @Test
    void badRowsAreNamedAndExitThree() throws IOException {
        csvLogs("2026-03-05,400,,,,,,,,\n2099-01-01,50,,,,,,,,\n");
        write("labs.csv", "date,test,value,unit\n2026-05-01,vitamin_d,30,ng/mL\n2026-05-01,hemoglobin,13.2,mg/dL\n2026-05-02,ferritin,30,ng/mL\n");
        Run r = run("trends", dir.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        String wellness = dir.resolve("wellness.csv").toString();
        String labs = dir.resolve("labs.csv").toString();
        assertThat(r.out())
                .contains("Refused input (4; the rest was used)")
                .contains(wellness + ":72: resting_hr: 400 is not plausible (expected between 25 and 150 bpm); "
                        + "duplicate date 2026-03-05 (already on line 6); row skipped")
                .contains(wellness + ":73: date: 2099-01-01 is in the future")
                .contains(labs + ":2: test: unknown test 'vitamin_d'")
                .contains(labs + ":3: unit: 'mg/dL' is not known for hemoglobin (use g/dL, g/L, mmol/L); row skipped")
                .contains("ferritin               30 ug/L on 2026-05-02");
        assertThat(r.err()).contains("4 file(s) or row(s) could not be used");

        Run j = run("trends", dir.toString(), "--json");
        assertThat(j.code()).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode o = JSON.readTree(j.out());
        assertThat(o.get("refused")).hasSize(4);
        assertThat(j.err()).contains("refused: " + labs + ":2: test: unknown test 'vitamin_d'");
    }

    /** A steady synthetic run: 1 Hz, 3 m/s, constant heart rate and cadence. */
    static Activity activity(String source, Instant start, int minutes, double hr) {
        StreamsBuilder b = new StreamsBuilder(minutes * 60 + 1);
        for (int t = 0; t <= minutes * 60; t++) {
            b.newSample(t).set(Channel.DISTANCE_M, 3.0 * t).set(Channel.HEART_RATE_BPM, hr).set(Channel.CADENCE_SPM, 172);
        }
        return new Activity(source, SourceFormat.SYNTHETIC, "running", "generic", start, b.build(), List.of(), List.of(),
                new double[0], DeviceSummary.NONE, Device.UNKNOWN, List.of());
    }

    /** Reads files named like 2026-05-01T07-00.fit holding "MINUTES HR" as one synthetic run each. */
    static CommandLine.IFactory syntheticActivities() {
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == TrendsCommand.class) {
                    return cls.cast(new TrendsCommand(file -> {
                        String name = file.getFileName().toString().replace(".fit", "");
                        Instant start = Instant.parse(name.substring(0, 13) + ":" + name.substring(14) + ":00Z");
                        String[] f;
                        try {
                            f = Files.readString(file).strip().split(" ");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        return List.of(activity(file.toString(), start, Integer.parseInt(f[0]), Double.parseDouble(f[1])));
                    }, clock));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
    }

    @Test
    void activitiesOnlyFolder() throws IOException {
        // no profile: HRmax 180 (age 40 assumed), HRrest 60 assumed, threshold 60 + 0.85 x 120 = 162,
        // so an hour at 162 bpm is a load of exactly 100; one such run every day for 70 days
        LocalDate d0 = LocalDate.of(2026, 3, 1);
        for (int i = 0; i < 70; i++) {
            // the date in the content too: the folder's store knows files by content, and equal
            // content is the same activity recorded twice
            write("activities/" + d0.plusDays(i).getYear() + "/" + d0.plusDays(i) + "T07-00.fit", "60 162 " + d0.plusDays(i));
        }
        Run r = run(syntheticActivities(), "trends", dir.toString(), "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("as_of").asText()).isEqualTo("2026-05-09");
        assertThat(o.at("/data/runs").asInt()).isEqualTo(70);
        assertThat(o.at("/load/ctl").asDouble()).isCloseTo(100, within(0.05));
        assertThat(o.at("/load/atl").asDouble()).isCloseTo(100, within(0.05));
        assertThat(o.at("/load/tsb").asDouble()).isCloseTo(0, within(0.05));
        assertThat(o.at("/load/acwr/ewma").asDouble()).isCloseTo(1.0, within(1e-3));
        assertThat(o.at("/load/acwr/rolling_coupled").asDouble()).isCloseTo(1.0, within(1e-3));
        assertThat(o.at("/load/acwr/rolling_uncoupled").asDouble()).isCloseTo(1.0, within(1e-3));
        assertThat(o.at("/load/monotony").isNull()).isTrue();        // identical days: SD 0
        assertThat(o.at("/volume/week_km").asDouble()).isCloseTo(7 * 10.8, within(1e-6));
        assertThat(o.at("/hrv/state").asText()).isEqualTo("unknown");
        assertThat(o.get("assumptions").toString()).contains("hr_max estimated as 180").contains("hr_rest assumed 60");

        Run text = run(syntheticActivities(), "trends", dir.toString(), "--as-of", "2026-04-15");
        assertThat(text.code()).isEqualTo(0);
        assertThat(text.out()).contains("as of 2026-04-15").contains("Fitness CTL 100.0").contains("Last 7 days: 75.6 km");
    }

    @Test
    void emptyFolderSaysSoAndExitsThree() {
        Run r = run("trends", dir.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(dir + " holds no dated data to show trends for")
                .contains("docs/athlete-folder.md");
    }

    @Test
    void missingFolderAndBadDate() {
        Run r = run("trends", dir.resolve("nope").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("nope: no such folder");
        Run bad = run("trends", dir.toString(), "--as-of", "yesterday");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--as-of").contains("'yesterday' is not a date (use yyyy-mm-dd")
                .doesNotContain("java.time").doesNotContain("Exception");
    }

    @Test
    void listedInHelp() {
        Run r = run("--help");
        assertThat(r.out()).contains("trends");
    }

    @Test
    void folderOfRealFitFilesOnly() throws IOException {
        String[] runs = {"python-fitparse/activity-small-fenix2-run.fit", "python-fitparse/garmin-fenix-5-run.fit",
                "fit-parser/test/running-with-developer-data.fit"};
        for (String r : runs) {
            Path target = dir.resolve("activities").resolve(Path.of(r).getFileName().toString());
            Files.createDirectories(target.getParent());
            Files.copy(org.heavylegs.formats.Corpus.file(r), target);
        }
        Run r = run("trends", dir.toString(), "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.at("/data/runs").asInt()).isEqualTo(3);
        assertThat(o.get("as_of").asText()).isEqualTo("2018-06-14");   // the latest run's date, not today
        assertThat(o.get("assumptions").toString()).contains("hr_tss");
        // three files years apart: 1 of the last 42 days has a known load, so there is no fitness to show
        assertThat(o.at("/load/ctl_known_days").asInt()).isEqualTo(1);
        assertThat(o.at("/load/ctl").isNull()).isTrue();
        assertThat(o.at("/load/tsb").isNull()).isTrue();
        Run text = run("trends", dir.toString());
        assertThat(text.out()).contains("Fitness, fatigue and form: not computable (1 of the last 42 days have a known load, 21 needed");
    }
}
