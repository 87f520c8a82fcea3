package org.heavylegs.formats.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.history.InputProblem;
import org.junit.jupiter.api.Test;

class LabsCsvTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static Parsed<LabValue> parse(String text) {
        return LabsCsv.parse("alex/labs.csv", text, TODAY);
    }

    @Test
    void convertsUnitsToCanonical() {
        Parsed<LabValue> p = parse("date,test,value,unit\n"
                + "2026-03-01,hemoglobin,13.2,g/dL\n"
                + "2026-03-01,ferritin,28,ng/mL\n"
                + "2026-03-01,magnesium,1.94,mg/dL\n"
                + "2026-03-01,calcium,8.4,mg/dL\n"
                + "2026-03-01,albumin,3.5,g/dL\n"
                + "2026-03-01,hba1c,48,mmol/mol\n"
                + "2026-03-01,Transferrin Saturation,18,%\n"
                + "2026-04-01,Hb,8.2,mmol/L\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.values()).extracting(LabValue::test).containsExactly(LabTest.HEMOGLOBIN, LabTest.FERRITIN,
                LabTest.MAGNESIUM, LabTest.CALCIUM, LabTest.ALBUMIN, LabTest.HBA1C, LabTest.TRANSFERRIN_SATURATION,
                LabTest.HEMOGLOBIN);
        double[] expected = {132, 28, 1.94 / 2.43, 8.4 / 4.008, 35, 0.09148 * 48 + 2.152, 18, 8.2 * 16.1};
        for (int i = 0; i < expected.length; i++) {
            assertThat(p.values().get(i).value()).as(p.values().get(i).test().key()).isCloseTo(expected[i], within(1e-9));
        }
        assertThat(p.values().get(0).givenUnit()).isEqualTo("g/dL");
        assertThat(p.values().get(0).givenValue()).isEqualTo(13.2);
        assertThat(p.values().get(0).source()).isEqualTo("alex/labs.csv:2");
    }

    @Test
    void unknownTestIsRefused() {
        Parsed<LabValue> p = parse("date,test,value,unit\n2026-03-01,vitamin_d,75,nmol/L\n2026-03-01,ferritin,40,ug/L\n");
        assertThat(p.problems()).extracting(InputProblem::toString).singleElement().asString()
                .startsWith("alex/labs.csv:2: test: unknown test 'vitamin_d' (known: hemoglobin, ferritin,");
        assertThat(p.values()).hasSize(1);
    }

    @Test
    void unknownUnitIsRefused() {
        Parsed<LabValue> p = parse("date,test,value,unit\n2026-03-01,hemoglobin,13.2,mg/dL\n2026-03-01,ferritin,40,\n");
        assertThat(p.problems()).extracting(InputProblem::toString).containsExactly(
                "alex/labs.csv:2: unit: 'mg/dL' is not known for hemoglobin (use g/dL, g/L, mmol/L); row skipped",
                "alex/labs.csv:3: unit: missing (use ng/mL, ug/L for ferritin); row skipped");
        assertThat(p.values()).isEmpty();
    }

    @Test
    void wrongTypeImplausibleFutureAndDuplicateAreRefused() {
        Parsed<LabValue> p = parse("date,test,value,unit\n"
                + "2026-03-01,ferritin,low,ng/mL\n"
                + "2026-03-01,hemoglobin,132,g/dL\n"      // g/L written as g/dL: 1320 g/L
                + "2027-01-01,ferritin,30,ng/mL\n"
                + "2026-03-01,sodium,139,mmol/L\n"
                + "2026-03-01,sodium,141,mmol/L\n");
        assertThat(p.problems()).extracting(InputProblem::toString).containsExactly(
                "alex/labs.csv:2: value: 'low' is not a number; row skipped",
                "alex/labs.csv:3: value: 132 g/dL is not plausible for hemoglobin (expected between 30 and 250 g/L); row skipped",
                "alex/labs.csv:4: date: 2027-01-01 is in the future (today is 2026-06-01); row skipped",
                "alex/labs.csv:6: duplicate sodium on 2026-03-01 (already on line 5); row skipped");
        assertThat(p.values()).singleElement().extracting(LabValue::value).isEqualTo(139.0);
    }

    @Test
    void detectionLimitIsReadWithAWarning() {
        Parsed<LabValue> p = parse("date,test,value,unit\n2026-03-01,crp,<0.6,mg/L\n");
        assertThat(p.values()).singleElement().extracting(LabValue::value).isEqualTo(0.6);
        assertThat(p.problems()).singleElement().satisfies(e -> assertThat(e.refused()).isFalse());
    }

    @Test
    void allFourColumnsAreRequired() {
        Parsed<LabValue> p = parse("date,test,value\n2026-03-01,crp,1\n");
        assertThat(p.values()).isEmpty();
        assertThat(p.problems()).extracting(InputProblem::toString).singleElement().asString()
                .startsWith("alex/labs.csv:1: missing required column 'unit'");
    }
}
