package org.heavylegs.core.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FitnessFatigueTest {

    private static double[] constant(int days, double load) {
        double[] d = new double[days];
        Arrays.fill(d, load);
        return d;
    }

    // SCIENCE.md 11, O8: 42 days of load 100 from 0 give CTL 63.65 (1/42 form) or 63.21 (exponential form);
    // source: the formula (Banister fitness-fatigue model, PMC convention of SCIENCE.md 10.3, 42-day constant).
    @Test
    void oracleO8CtlAfter42DaysOf100() {
        FitnessFatigue.Result discrete = FitnessFatigue.compute(constant(42, 100), 0, FitnessFatigue.Form.DISCRETE);
        FitnessFatigue.Result exp = FitnessFatigue.compute(constant(42, 100), 0, FitnessFatigue.Form.EXPONENTIAL);
        assertThat(discrete.ctl()[41]).isCloseTo(63.65, within(0.005));
        assertThat(exp.ctl()[41]).isCloseTo(63.21, within(0.005));
    }

    // SCIENCE.md 11, O8b: 7 days of load 100 from 0 give ATL 66.01 (1/7 form) or 63.21 (exponential form);
    // source: the formula (SCIENCE.md 10.3, 7-day constant).
    @Test
    void oracleO8bAtlAfter7DaysOf100() {
        FitnessFatigue.Result discrete = FitnessFatigue.compute(constant(7, 100), 0, FitnessFatigue.Form.DISCRETE);
        FitnessFatigue.Result exp = FitnessFatigue.compute(constant(7, 100), 0, FitnessFatigue.Form.EXPONENTIAL);
        assertThat(discrete.atl()[6]).isCloseTo(66.01, within(0.005));
        assertThat(exp.atl()[6]).isCloseTo(63.21, within(0.005));
    }

    @Test
    void formUsesYesterdaysValues() {
        double[] load = {50, 50, 50, 200};
        FitnessFatigue.Result r = FitnessFatigue.compute(load, 50, FitnessFatigue.Form.DISCRETE);
        // steady at 50 until day 2, so the big session of day 3 does not change day 3's form
        assertThat(r.tsb(3)).isCloseTo(0, within(1e-12));
        assertThat(r.tsb(0)).isZero();
        assertThat(r.ctl()[3]).isGreaterThan(50);
    }

    @Test
    void missingDaysHoldTheModel() {
        double[] load = {100, 100, Double.NaN, Double.NaN, 100};
        FitnessFatigue.Result r = FitnessFatigue.compute(load, 0, FitnessFatigue.Form.DISCRETE);
        assertThat(r.ctl()[2]).isEqualTo(r.ctl()[1]);
        assertThat(r.atl()[3]).isEqualTo(r.atl()[1]);
        FitnessFatigue.Result three = FitnessFatigue.compute(new double[] {100, 100, 100}, 0, FitnessFatigue.Form.DISCRETE);
        assertThat(r.ctl()[4]).isEqualTo(three.ctl()[2]);
    }

    @Test
    void aModelFedByTooFewKnownDaysIsNotShown() {
        // six years of silence around a few files: the first file's load would stand in as "fitness"
        double[] load = new double[400];
        Arrays.fill(load, Double.NaN);
        load[0] = 120;
        load[300] = 80;
        load[399] = 90;
        FitnessFatigue.Result sparse = FitnessFatigue.compute(load);
        assertThat(sparse.ctl()[0]).as("one day of one: all known").isCloseTo(120, within(1e-9));
        assertThat(sparse.ctl()[399]).isNaN();
        assertThat(sparse.atl()[399]).isNaN();
        assertThat(sparse.tsb(399)).isNaN();
        assertThat(FitnessFatigue.knownDays(load, 399)).isEqualTo(1);

        // exactly half of the 42-day window known is enough; one day fewer is not
        double[] half = new double[84];
        Arrays.fill(half, 50);
        for (int i = 42; i < 84; i += 2) {
            half[i] = Double.NaN;
        }
        assertThat(FitnessFatigue.knownDays(half, 83)).isEqualTo(21);
        assertThat(FitnessFatigue.compute(half).ctl()[83]).isFinite();
        half[83] = Double.NaN;
        assertThat(FitnessFatigue.knownDays(half, 83)).isEqualTo(20);
        assertThat(FitnessFatigue.compute(half).ctl()[83]).isNaN();
    }

    @Test
    void aWholeWindowWithoutDataStartsTheModelAgain() {
        // a year of 100 a day, three years without any record, then four weeks of logged rest days
        double[] load = new double[365 + 1095 + 28];
        Arrays.fill(load, 0, 365, 100);
        Arrays.fill(load, 365, 365 + 1095, Double.NaN);
        Arrays.fill(load, 365 + 1095, load.length, 0);
        FitnessFatigue.Result r = FitnessFatigue.compute(load);
        int last = load.length - 1;
        // held over the gap, four weeks of rest would leave 100 x (41/42)^28 = 51 of "fitness" from three years ago
        assertThat(r.ctl()[364 + 1095]).as("not shown during the gap").isNaN();
        assertThat(r.ctl()[last]).isCloseTo(0, within(1e-9));
        assertThat(r.atl()[last]).isCloseTo(0, within(1e-9));

        // a gap one day shorter than the window is a long holiday: held, then decayed by the rest days
        double[] holiday = new double[365 + 41 + 28];
        Arrays.fill(holiday, 0, 365, 100);
        Arrays.fill(holiday, 365, 365 + 41, Double.NaN);
        Arrays.fill(holiday, 365 + 41, holiday.length, 0);
        FitnessFatigue.Result h = FitnessFatigue.compute(holiday);
        assertThat(h.ctl()[holiday.length - 1]).isCloseTo(h.ctl()[364] * Math.pow(41.0 / 42, 28), within(1e-9));

        // after the restart the seed is the mean of the four weeks from the first day back
        double[] back = new double[100 + 50 + 28];
        Arrays.fill(back, 0, 100, 100);
        Arrays.fill(back, 100, 150, Double.NaN);
        Arrays.fill(back, 150, back.length, 40);
        assertThat(FitnessFatigue.compute(back).ctl()[back.length - 1]).isCloseTo(40, within(1e-9));
    }

    @Test
    void seedIsTheMeanOfTheFirstFourKnownWeeks() {
        double[] load = new double[40];
        Arrays.fill(load, 0, 5, Double.NaN);
        for (int i = 5; i < 40; i++) {
            load[i] = i < 33 ? (i % 2 == 0 ? 60 : 0) : 1000;
        }
        // days 5..32 alternate 0 and 60: mean 30; day 33 on is outside the seed window
        assertThat(FitnessFatigue.seed(load)).isCloseTo(30, within(1e-9));
        assertThat(FitnessFatigue.seed(new double[] {Double.NaN})).isZero();
    }

    @Test
    void rampIsTheWeeklyCtlChange() {
        FitnessFatigue.Result r = FitnessFatigue.compute(constant(20, 100), 0, FitnessFatigue.Form.DISCRETE);
        assertThat(r.rampPerWeek(6)).isNaN();
        assertThat(r.rampPerWeek(14)).isCloseTo(r.ctl()[14] - r.ctl()[7], within(1e-12));
    }
}
