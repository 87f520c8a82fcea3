package org.heavylegs.core.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MonotonyTest {

    // SCIENCE.md 11, O10: daily loads 60,0,90,45,0,120,30: weekly 345, mean 49.29, population SD 41.44,
    // monotony 1.19, strain 410.3; source: the formula (Foster 1998), with the population SD as O10 asks to state.
    @Test
    void oracleO10WithPopulationSd() {
        Monotony.Week w = Monotony.of(60, 0, 90, 45, 0, 120, 30);
        assertThat(w.weeklyLoad()).isCloseTo(345, within(1e-9));
        assertThat(w.mean()).isCloseTo(49.29, within(0.005));
        assertThat(w.sd()).isCloseTo(41.44, within(0.005));
        assertThat(w.monotony()).isCloseTo(1.19, within(0.005));
        assertThat(w.strain()).isCloseTo(410.3, within(0.05));
        assertThat(w.monotonyHigh()).isFalse();
    }

    @Test
    void sameLoadEveryDayIsMonotonous() {
        Monotony.Week w = Monotony.of(50, 55, 50, 55, 50, 55, 50);
        assertThat(w.monotony()).isGreaterThan(Monotony.HIGH);
        assertThat(w.monotonyHigh()).isTrue();
        Monotony.Week flat = Monotony.of(50, 50, 50, 50, 50, 50, 50);
        assertThat(flat.monotony()).isNaN();
        assertThat(Monotony.of(0, 0, 0, 0, 0, 0, 0).strain()).isZero();
    }

    @Test
    void aWeekNeedsFiveKnownDays() {
        double nan = Double.NaN;
        assertThat(Monotony.of(60, nan, 90, 45, nan, 120, 30).monotony()).isFinite();
        assertThat(Monotony.of(60, nan, 90, nan, nan, 120, 30).monotony()).isNaN();
    }

    @Test
    void strainIsJudgedAgainstTheOwnTwelveWeeks() {
        double[] load = new double[13 * 7];
        for (int i = 0; i < load.length; i++) {
            load[i] = i % 7 == 0 ? 0 : (i % 2 == 0 ? 40 : 60);
        }
        Monotony.Week usual = Monotony.at(load, load.length - 1);
        assertThat(usual.strainBaselineMean()).isFinite();
        assertThat(usual.strainHigh()).isFalse();
        double[] spike = Arrays.copyOf(load, load.length);
        for (int i = load.length - 7; i < load.length; i++) {
            spike[i] = i % 7 == 0 ? 100 : 150;
        }
        assertThat(Monotony.at(spike, spike.length - 1).strainHigh()).isTrue();
    }
}
