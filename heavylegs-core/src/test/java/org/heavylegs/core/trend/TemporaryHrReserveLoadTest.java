package org.heavylegs.core.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TemporaryHrReserveLoadTest {

    @Test
    void hoursTimesHundredTimesSquaredReserveRatio() {
        assertThat(TemporaryHrReserveLoad.of(1, 0.85, 0.85)).isCloseTo(100, within(1e-12));
        // SCIENCE.md 11 O13 (hrTSS approximation a): 2 h at HR 155, rest 45, max 185, HRr_LT 0.83 -> 179.2
        double hrr = (155.0 - 45) / (185 - 45);
        assertThat(TemporaryHrReserveLoad.of(2, hrr, 0.83)).isCloseTo(179.2, within(0.05));
        assertThat(TemporaryHrReserveLoad.of(1, -0.1, 0.85)).isZero();
    }
}
