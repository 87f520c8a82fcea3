package org.heavylegs.formats.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.core.history.InputProblem;
import org.junit.jupiter.api.Test;

class WellnessCsvTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final String HEADER = "date,resting_hr,hrv_rmssd_ms,sleep_h,body_mass_kg,soreness,fatigue,stress,motivation,heavy_legs\n";

    static Parsed<WellnessDay> parse(String text) {
        return WellnessCsv.parse("alex/wellness.csv", text, TODAY);
    }

    static List<String> lines(Parsed<?> p) {
        return p.problems().stream().map(InputProblem::toString).toList();
    }

    @Test
    void readsRowsWithEmptyAndAbsentValues() {
        Parsed<WellnessDay> p = parse(HEADER
                + "2026-05-01,48,72.5,7.5,58.4,2,3,4,8,1\n"
                + "2026-05-02,,,,,,,,,\n"
                + "2026-05-03,47\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.values()).hasSize(3);
        WellnessDay d = p.values().get(0);
        assertThat(d.restingHr()).isEqualTo(48.0);
        assertThat(d.hrvRmssdMs()).isEqualTo(72.5);
        assertThat(d.motivation()).isEqualTo(8.0);
        assertThat(p.values().get(1).restingHr()).isNull();
        assertThat(p.values().get(2).restingHr()).isEqualTo(47.0);
    }

    @Test
    void impossibleValueIsRefusedWithFileAndLine() {
        Parsed<WellnessDay> p = parse(HEADER + "2026-05-01,48\n2026-05-02,400\n2026-05-03,49\n");
        assertThat(lines(p)).containsExactly(
                "alex/wellness.csv:3: resting_hr: 400 is not plausible (expected between 25 and 150 bpm); row skipped");
        assertThat(p.values()).extracting(WellnessDay::restingHr).containsExactly(48.0, 49.0);
        assertThat(p.problems().get(0).refused()).isTrue();
    }

    @Test
    void wrongTypeIsRefused() {
        Parsed<WellnessDay> p = parse(HEADER + "2026-05-01,48,abc\n2026-05-02,NaN\n2026-05-03,0x30\n");
        assertThat(lines(p)).containsExactly(
                "alex/wellness.csv:2: hrv_rmssd_ms: 'abc' is not a number; row skipped",
                "alex/wellness.csv:3: resting_hr: 'NaN' is not a number; row skipped",
                "alex/wellness.csv:4: resting_hr: '0x30' is not a number; row skipped");
        assertThat(p.values()).isEmpty();
    }

    @Test
    void badAndFutureDatesAreRefused() {
        Parsed<WellnessDay> p = parse(HEADER + "01/05/2026,48\n2026-06-02,48\n2026-06-01,48\n1970-01-01,50\n");
        assertThat(lines(p)).containsExactly(
                "alex/wellness.csv:2: date: '01/05/2026' is not a date (write it as yyyy-mm-dd, e.g. 2026-03-14); row skipped",
                "alex/wellness.csv:3: date: 2026-06-02 is in the future (today is 2026-06-01); row skipped",
                "alex/wellness.csv:5: date: 1970-01-01 is not plausible (before 1980-01-01); row skipped");
        assertThat(p.values()).singleElement().extracting(WellnessDay::date).isEqualTo(TODAY);
    }

    @Test
    void duplicateDateIsRefused() {
        Parsed<WellnessDay> p = parse(HEADER + "2026-05-01,48\n2026-05-01,52\n");
        assertThat(lines(p)).containsExactly(
                "alex/wellness.csv:3: duplicate date 2026-05-01 (already on line 2); row skipped");
        assertThat(p.values()).singleElement().extracting(WellnessDay::restingHr).isEqualTo(48.0);
    }

    @Test
    void allReasonsOfARowAreGivenOnce() {
        Parsed<WellnessDay> p = parse(HEADER + "2026-05-01,400,72,30\n");
        assertThat(lines(p)).containsExactly("alex/wellness.csv:2: resting_hr: 400 is not plausible (expected between 25 and 150 bpm); "
                + "sleep_h: 30 is not plausible (expected between 0 and 24 h); row skipped");
    }

    @Test
    void missingRequiredColumnRefusesTheFile() {
        Parsed<WellnessDay> p = parse("day,resting_hr\n2026-05-01,48\n");
        assertThat(p.values()).isEmpty();
        assertThat(p.problems()).extracting(InputProblem::refused).contains(true);
        assertThat(lines(p)).anyMatch(s -> s.startsWith("alex/wellness.csv:1: missing required column 'date' in the header line"));
        assertThat(lines(p)).anyMatch(s -> s.startsWith("alex/wellness.csv:1: unknown column 'day' ignored"));
    }

    /**
     * Spreadsheets in much of Europe save "CSV" with semicolons (the comma being the decimal mark).
     * Such a file is refused as a whole; the one message says why and what to do, instead of "missing
     * column 'date'" beside an unknown column named 'date;resting_hr;...'.
     */
    @Test
    void aSemicolonSeparatedFileIsRefusedSayingSo() {
        for (String sep : List.of(";", "\t")) {
            Parsed<WellnessDay> p = parse("date" + sep + "resting_hr" + sep + "sleep_h\r\n2026-05-01" + sep + "48" + sep + "7,5\r\n");
            assertThat(p.values()).isEmpty();
            String name = sep.equals(";") ? "semicolons (;)" : "tabs";
            assertThat(lines(p)).singleElement().asString()
                    .startsWith("alex/wellness.csv:1: the columns are separated by " + name + ", not commas")
                    .contains("the file was not used")
                    .contains("'.' as the decimal mark");
            assertThat(p.problems().get(0).refused()).isTrue();
        }
    }

    @Test
    void emptyFileIsRefused() {
        for (String empty : List.of("", "\n\n  \n")) {
            Parsed<WellnessDay> p = parse(empty);
            assertThat(lines(p)).singleElement().asString().startsWith("alex/wellness.csv: empty file: expected a header line such as 'date,");
            assertThat(p.problems().get(0).refused()).isTrue();
        }
    }

    @Test
    void headerOnlyIsFine() {
        Parsed<WellnessDay> p = parse(HEADER);
        assertThat(p.values()).isEmpty();
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void byteOrderMarkIsIgnored() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = ("date,resting_hr\n2026-05-01,48\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        List<InputProblem> problems = new ArrayList<>();
        String text = TextFile.decode(all, "alex/wellness.csv", problems);
        Parsed<WellnessDay> p = parse(text);
        assertThat(problems).isEmpty();
        assertThat(p.problems()).isEmpty();
        assertThat(p.values()).singleElement().extracting(WellnessDay::restingHr).isEqualTo(48.0);
    }

    @Test
    void windows1252IsReadWithAWarning() {
        byte[] latin = "date,resting_hr\n2026-05-01,48\n".getBytes(StandardCharsets.UTF_8);
        byte[] withE9 = new byte[latin.length + 1];
        System.arraycopy(latin, 0, withE9, 0, latin.length);
        withE9[latin.length] = (byte) 0xE9;   // a lone Latin-1 é: not UTF-8
        List<InputProblem> problems = new ArrayList<>();
        TextFile.decode(withE9, "alex/wellness.csv", problems);
        assertThat(problems).singleElement().extracting(InputProblem::refused).isEqualTo(false);
    }

    @Test
    void unknownColumnsWarnAndCaseAndOrderDoNotMatter() {
        Parsed<WellnessDay> p = parse("Resting_HR,DATE,steps\n48,2026-05-01,12000\n");
        assertThat(lines(p)).singleElement().asString().startsWith("alex/wellness.csv:1: unknown column 'steps' ignored");
        assertThat(p.problems().get(0).refused()).isFalse();
        assertThat(p.values()).singleElement().extracting(WellnessDay::restingHr).isEqualTo(48.0);
    }

    @Test
    void aMisspeltKnownColumnIsRefusedWithDidYouMeanAndTheRestIsRead() {
        // its values were meant to be used: losing them silently would change the diagnosis with exit 0
        Parsed<WellnessDay> p = parse("date,restinghr,sleep,steps\n2026-05-01,48,7.5,12000\n");
        assertThat(lines(p)).containsExactly(
                "alex/wellness.csv:1: unknown column 'restinghr' ignored (did you mean 'resting_hr'?): its values were not used; "
                        + "rename the column to use them",
                "alex/wellness.csv:1: unknown column 'sleep' ignored (did you mean 'sleep_h'?): its values were not used; "
                        + "rename the column to use them",
                "alex/wellness.csv:1: unknown column 'steps' ignored (known: date, resting_hr, hrv_rmssd_ms, sleep_h, body_mass_kg, "
                        + "soreness, fatigue, stress, motivation, heavy_legs)");
        assertThat(p.problems()).extracting(InputProblem::refused).containsExactly(true, true, false);
        assertThat(p.values()).singleElement().extracting(WellnessDay::date).isEqualTo(java.time.LocalDate.of(2026, 5, 1));
    }

    @Test
    void aNearNameIsNotSuggestedWhenTheFileHasThatColumnAlready() {
        Parsed<WellnessDay> p = parse("date,resting_hr,restinghr\n2026-05-01,48,50\n");
        assertThat(p.problems()).singleElement().extracting(InputProblem::refused).isEqualTo(false);
        assertThat(p.values()).singleElement().extracting(WellnessDay::restingHr).isEqualTo(48.0);
    }

    @Test
    void lineNumbersCountBlankLinesAndCrLf() {
        Parsed<WellnessDay> p = parse("date,resting_hr\r\n\r\n2026-05-01,48\r\n\r\n2026-05-02,999\r\n");
        assertThat(lines(p)).singleElement().asString().startsWith("alex/wellness.csv:5: resting_hr: 999");
    }

    @Test
    void tooManyValuesIsRefused() {
        Parsed<WellnessDay> p = parse("date,resting_hr\n2026-05-01,48,52\n2026-05-02,48,\n");
        assertThat(lines(p)).containsExactly("alex/wellness.csv:2: 3 values but the header (line 1) has 2 columns; row skipped");
        assertThat(p.values()).hasSize(1);
    }
}
