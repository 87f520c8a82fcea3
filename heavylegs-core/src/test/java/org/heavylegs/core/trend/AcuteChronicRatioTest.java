package org.heavylegs.core.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AcuteChronicRatioTest {

    /** SCIENCE.md 11, O9: 21 days of 50 then 7 days of 100. */
    private static double[] o9() {
        double[] load = new double[28];
        Arrays.fill(load, 0, 21, 50);
        Arrays.fill(load, 21, 28, 100);
        return load;
    }

    @Test
    void oracleO9Ewma() {
        AcuteChronicRatio.Ratios r = AcuteChronicRatio.at(o9(), 27);
        assertThat(r.acuteEwma()).isCloseTo(93.33, within(0.005));
        assertThat(r.chronicEwma()).isCloseTo(69.68, within(0.005));
        assertThat(r.ewma()).isCloseTo(1.339, within(0.0005));
    }

    @Test
    void oracleO9Rolling() {
        AcuteChronicRatio.Ratios r = AcuteChronicRatio.at(o9(), 27);
        assertThat(r.rollingCoupled()).isCloseTo(1.60, within(1e-9));
        assertThat(r.rollingUncoupled()).isCloseTo(2.00, within(1e-9));
    }

    @Test
    void lambdaIsWilliams2017() {
        assertThat(AcuteChronicRatio.lambda(7)).isEqualTo(0.25);
        assertThat(AcuteChronicRatio.lambda(28)).isCloseTo(2.0 / 29, within(1e-15));
    }

    @Test
    void needsAChronicWindow() {
        AcuteChronicRatio.Ratios r = AcuteChronicRatio.at(Arrays.copyOf(o9(), 27), 26);
        assertThat(r.ewma()).isNaN();
        assertThat(r.rollingCoupled()).isNaN();
    }

    @Test
    void rollingMeansSkipMissingDaysButNeedHalfTheWindow() {
        double[] load = o9();
        Arrays.fill(load, 0, 10, Double.NaN);      // 18 of 28 known: still computed
        AcuteChronicRatio.Ratios r = AcuteChronicRatio.at(load, 27);
        assertThat(r.chronicMean()).isCloseTo((11 * 50 + 700) / 18.0, within(1e-9));
        Arrays.fill(load, 0, 15, Double.NaN);      // 13 of 28 known: not enough
        assertThat(AcuteChronicRatio.at(load, 27).rollingCoupled()).isNaN();
    }

    @Test
    void zeroChronicLoadGivesNoRatio() {
        double[] load = new double[30];
        assertThat(AcuteChronicRatio.at(load, 29).ewma()).isNaN();
        assertThat(AcuteChronicRatio.at(load, 29).rollingCoupled()).isNaN();
    }

    @Test
    void staleEwmaAfterALongGapIsNotReportedAsARatio() {
        // 60 days of 50, then 40 days without any record, then one day of 120
        double[] load = new double[101];
        Arrays.fill(load, 0, 60, 50);
        Arrays.fill(load, 60, 100, Double.NaN);
        load[100] = 120;
        AcuteChronicRatio.Ratios r = AcuteChronicRatio.at(load, 100);
        assertThat(r.acuteEwma()).isFinite();     // the averages themselves still exist...
        assertThat(r.ewma()).isNaN();             // ...but 1 known day in 28 is too little to compare them
        assertThat(r.rollingCoupled()).isNaN();
        // with the chronic window half known the ratio is back
        Arrays.fill(load, 86, 100, 50);
        assertThat(AcuteChronicRatio.at(load, 100).ewma()).isFinite();
    }

    @Test
    void aWholeChronicWindowWithoutDataStartsBothAveragesAgain() {
        // 60 days of 50, 28 days without any record, then 20 days of 30: the chronic average starts
        // again at 30 instead of drifting down from 50, so the ratio reads a steady 1.0
        double[] load = new double[108];
        Arrays.fill(load, 0, 60, 50);
        Arrays.fill(load, 60, 88, Double.NaN);
        Arrays.fill(load, 88, 108, 30);
        AcuteChronicRatio.Ratios r = AcuteChronicRatio.at(load, 107);
        assertThat(r.chronicEwma()).isCloseTo(30, within(1e-9));
        assertThat(r.acuteEwma()).isCloseTo(30, within(1e-9));
        assertThat(r.ewma()).isCloseTo(1.0, within(1e-9));
        // 27 silent days are held: the chronic average still remembers the 50s
        load[60] = 50;
        assertThat(AcuteChronicRatio.at(load, 107).chronicEwma()).isGreaterThan(31);
    }
}
