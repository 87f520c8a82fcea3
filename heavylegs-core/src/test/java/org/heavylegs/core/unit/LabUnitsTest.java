package org.heavylegs.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.heavylegs.core.athlete.LabTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabUnitsTest {

    @ParameterizedTest(name = "{0} {1} {2} = {3} canonical")
    @CsvSource({
            "HEMOGLOBIN, 14.0, g/dL, 140.0",
            "HEMOGLOBIN, 140, g/L, 140.0",
            "HEMOGLOBIN, 8.7, mmol/L, 140.07",     // 8.7 x 16.1
            "FERRITIN, 35, ng/mL, 35",
            "FERRITIN, 35, ug/L, 35",
            "FERRITIN, 35, µg/L, 35",
            "FERRITIN, 35, mcg/L, 35",
            "TRANSFERRIN_SATURATION, 18, %, 18",
            "SODIUM, 138, mmol/L, 138",
            "SODIUM, 138, mEq/L, 138",
            "POTASSIUM, 4.1, MMOL/L, 4.1",
            "MAGNESIUM, 2.43, mg/dL, 1.0",         // SCIENCE 3.1: 1 mmol/L = 2.43 mg/dL
            "MAGNESIUM, 0.85, mmol/L, 0.85",
            "CALCIUM, 10.02, mg/dL, 2.5",          // 10.02 / 4.008
            "CALCIUM, 8.6, mg/dL, 2.1457",         // low end of the mg/dL range ~ 2.15 mmol/L
            "ALBUMIN, 4.0, g/dL, 40",
            "ALBUMIN, 38, g/L, 38",
            "CRP, 0.5, mg/dL, 5",
            "CRP, 3, mg/L, 3",
            "HBA1C, 5.6, %, 5.6",
            "HBA1C, 48, mmol/mol, 6.54304",        // 0.09148 x 48 + 2.152 (Hoelzel 2004)
    })
    void converts(LabTest test, double value, String unit, double expected) {
        assertThat(LabUnits.toCanonical(test, unit, value)).hasValueCloseTo(expected, within(1e-4));
    }

    @Test
    void ifccToNgspMatchesPublishedPairs() {
        // The IFCC-NGSP master equation maps 48 mmol/mol to 6.5 % (the diabetes cut-off) and
        // 42 mmol/mol to 6.0 % (within rounding), as in the published conversion tables.
        assertThat(LabUnits.ngspPercentFromIfcc(48)).isCloseTo(6.5, within(0.05));
        assertThat(LabUnits.ngspPercentFromIfcc(42)).isCloseTo(6.0, within(0.05));
    }

    @Test
    void unknownUnitsAreRefused() {
        assertThat(LabUnits.toCanonical(LabTest.HEMOGLOBIN, "mg/dL", 14)).isEmpty();
        assertThat(LabUnits.toCanonical(LabTest.FERRITIN, "g/L", 14)).isEmpty();
        assertThat(LabUnits.toCanonical(LabTest.TRANSFERRIN_SATURATION, "", 14)).isEmpty();
        assertThat(LabUnits.toCanonical(LabTest.HBA1C, "mg/dL", 5)).isEmpty();
    }

    @Test
    void everyAcceptedUnitConverts() {
        for (LabTest t : LabTest.values()) {
            for (String u : LabUnits.acceptedUnits(t)) {
                assertThat(LabUnits.toCanonical(t, u, 1.0)).as(t + " " + u).isPresent();
            }
        }
    }
}
