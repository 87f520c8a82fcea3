package org.heavylegs.core.athlete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CorrectedCalciumTest {

    @Test
    void oracleO18() {
        // SCIENCE.md 11, O18: Ca 2.10 mmol/L with albumin 30 g/L corrects to 2.30 mmol/L (Payne 1973)
        assertThat(CorrectedCalcium.mmolPerL(2.10, 30)).isCloseTo(2.30, within(1e-9));
    }

    @Test
    void normalAlbuminLeavesCalciumUnchanged() {
        assertThat(CorrectedCalcium.mmolPerL(2.40, 40)).isCloseTo(2.40, within(1e-12));
        assertThat(CorrectedCalcium.mmolPerL(2.40, 45)).isCloseTo(2.30, within(1e-9));
    }

    @Test
    void agreesWithTheMgPerDlForm() {
        // SCIENCE 3.1: in mg/dL, Ca + 0.8 x (4.0 - albumin g/dL); 8.0 mg/dL, albumin 3.0 g/dL -> 8.8 mg/dL
        double caMmol = 8.0 / 4.008;
        double corrected = CorrectedCalcium.mmolPerL(caMmol, 30) * 4.008;
        assertThat(corrected).isCloseTo(8.8, within(0.01));
    }
}
