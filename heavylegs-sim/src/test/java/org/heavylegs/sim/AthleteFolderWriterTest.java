package org.heavylegs.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.LabTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Every scenario written as a folder: complete, every FIT file valid and decoding (Garmin SDK, test
 * oracle) to what was generated, CSVs with exactly the DESIGN.md 2.2 headers readable by commons-csv,
 * athlete.yaml readable by a YAML parser.
 */
class AthleteFolderWriterTest {
    static final List<String> WELLNESS = List.of("date", "resting_hr", "hrv_rmssd_ms", "sleep_h", "body_mass_kg",
            "soreness", "fatigue", "stress", "motivation", "heavy_legs");
    static final List<String> RUNS = List.of("start", "pre_mass_kg", "post_mass_kg", "fluid_ml", "carbs_g", "sodium_mg",
            "urine_ml", "rpe", "heavy_legs", "temperature_c", "humidity_pct", "warmup_min", "notes");
    static final List<String> LABS = List.of("date", "test", "value", "unit");

    static Stream<String> ids() {
        return Scenarios.all().stream().map(Scenario::id);
    }

    @ParameterizedTest
    @MethodSource("ids")
    void theFolderIsCompleteAndReadable(String id, @TempDir Path dir) throws IOException {
        AthleteFolder f = Scenarios.byId(id).orElseThrow().generate();
        AthleteFolderWriter.write(f, dir);

        List<Path> fits;
        try (Stream<Path> walk = Files.walk(dir.resolve("activities"))) {
            fits = walk.filter(p -> p.toString().endsWith(".fit")).sorted().toList();
        }
        assertThat(fits).hasSize(f.activities().size());
        for (Activity a : f.activities()) {
            FitFileCheck.decodesTo(Files.readAllBytes(dir.resolve(a.source())), a);
        }

        assertThat(Files.exists(dir.resolve("athlete.yaml"))).isEqualTo(f.athlete() != null);
        assertThat(Files.exists(dir.resolve("wellness.csv"))).isEqualTo(f.wellness() != null);
        assertThat(Files.exists(dir.resolve("runs.csv"))).isEqualTo(f.runs() != null);
        assertThat(Files.exists(dir.resolve("labs.csv"))).isEqualTo(f.labs() != null);
        if (f.athlete() != null) {
            checkYaml(dir.resolve("athlete.yaml"), f.athlete());
        }
        if (f.wellness() != null) {
            List<CSVRecord> rows = read(dir.resolve("wellness.csv"), WELLNESS);
            assertThat(rows).hasSize(f.wellness().size());
            for (CSVRecord r : rows) {
                LocalDate.parse(r.get("date"));
                for (String column : WELLNESS.subList(1, WELLNESS.size())) {
                    numberOrEmpty(r.get(column));
                }
            }
        }
        if (f.runs() != null) {
            List<CSVRecord> rows = read(dir.resolve("runs.csv"), RUNS);
            assertThat(rows).hasSize(f.runs().size());
            for (int i = 0; i < rows.size(); i++) {
                CSVRecord r = rows.get(i);
                assertThat(OffsetDateTime.parse(r.get("start")).toInstant()).isEqualTo(f.runs().get(i).start());
                for (String column : RUNS.subList(1, RUNS.size() - 1)) {
                    numberOrEmpty(r.get(column));
                }
                // every logged run matches an activity starting at the same second
                java.time.Instant start = f.runs().get(i).start();
                assertThat(f.activities()).extracting(Activity::start).contains(start);
            }
        }
        if (f.labs() != null) {
            List<CSVRecord> rows = read(dir.resolve("labs.csv"), LABS);
            assertThat(rows).hasSize(f.labs().size());
            for (CSVRecord r : rows) {
                LocalDate.parse(r.get("date"));
                assertThat(Stream.of(LabTest.values()).map(LabTest::key)).contains(r.get("test"));
                Double.parseDouble(r.get("value"));
                assertThat(r.get("unit")).isNotBlank();
            }
        }
    }

    private static List<CSVRecord> read(Path file, List<String> header) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            assertThat(p.getHeaderNames()).as("%s header", file.getFileName()).containsExactlyElementsOf(header);
            List<CSVRecord> rows = p.getRecords();
            assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(header.size()));
            return rows;
        }
    }

    private static void numberOrEmpty(String s) {
        if (!s.isEmpty()) {
            Double.parseDouble(s);
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkYaml(Path file, Athlete a) throws IOException {
        Map<String, Object> y = new Yaml().load(Files.readString(file));
        assertThat(y.get("name")).isEqualTo(a.name());
        assertThat(y.get("sex")).isEqualTo(a.sex().name().toLowerCase(java.util.Locale.ROOT));
        assertThat(y.get("birth_year")).isEqualTo(a.birthYear());
        assertThat(((Number) y.get("hr_max")).doubleValue()).isEqualTo(a.hrMax());
        assertThat(((Number) y.get("body_mass_kg")).doubleValue()).isEqualTo(a.bodyMassKg());
        String pace = (String) y.get("threshold_pace");
        assertThat(Integer.parseInt(pace.split(":")[0]) * 60 + Integer.parseInt(pace.split(":")[1]))
                .isEqualTo((int) Math.round(a.thresholdPaceSPerKm()));
        if (!a.conditions().isEmpty()) {
            assertThat((List<String>) y.get("conditions")).containsExactlyInAnyOrderElementsOf(a.conditions());
        }
        Map<String, Object> symptoms = (Map<String, Object>) y.get("symptoms");
        assertThat(symptoms.get("claudication")).isEqualTo(a.symptoms().claudication());
        assertThat(symptoms.get("chest_pain")).isEqualTo(a.symptoms().chestPain());
        assertThat(symptoms.get("leg_swelling")).isEqualTo(a.symptoms().legSwelling().name().toLowerCase(java.util.Locale.ROOT));
        assertThat(y.keySet()).isSubsetOf(List.of("name", "sex", "birth_year", "height_cm", "body_mass_kg", "hr_max",
                "hr_rest", "threshold_hr", "threshold_pace", "conditions", "medications", "diet", "warmup_min_typical",
                "shoe_km", "timezone", "symptoms"));
    }
}
