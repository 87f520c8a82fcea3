package org.heavylegs.core.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.heavylegs.core.athlete.WellnessDay;
import org.junit.jupiter.api.Test;

class HrvBaselineTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    static WellnessDay day(LocalDate d, Double rhr, Double hrv) {
        return new WellnessDay(d, rhr, hrv, null, null, null, null, null, null, null);
    }

    /** 60 days around {@code base} ms (seeded noise), the last 7 at {@code recent} ms. */
    static List<WellnessDay> days(double base, double recent) {
        Random rnd = new Random(42);
        List<WellnessDay> out = new ArrayList<>();
        for (int back = 59; back >= 0; back--) {
            double v = (back < 7 ? recent : base) * Math.exp(rnd.nextGaussian() * 0.05);
            out.add(day(AS_OF.minusDays(back), null, v));
        }
        return out;
    }

    // SCIENCE.md 11, O19: ln of rMSSD 60 and 90 ms is 4.0943 and 4.4998; source: the formula (Plews et al. 2012-2014
    // log-transform rMSSD before averaging, SCIENCE.md 10.6).
    @Test
    void oracleO19LnRmssd() {
        assertThat(HrvBaseline.lnRmssd(60)).isCloseTo(4.0943, within(5e-5));
        assertThat(HrvBaseline.lnRmssd(90)).isCloseTo(4.4998, within(5e-5));
    }

    @Test
    void steadyHrvIsWithinTheBand() {
        HrvBaseline.Result r = HrvBaseline.of(days(70, 70), AS_OF);
        assertThat(r.state()).isEqualTo(BaselineState.WITHIN);
        assertThat(r.rollingDays()).isEqualTo(7);
        assertThat(r.baselineDays()).isEqualTo(60);
        assertThat(r.bandHigh() - r.bandLow()).isCloseTo(2 * 0.5 * r.baselineSd(), within(1e-12));
    }

    @Test
    void aDropBelowTheSmallestWorthwhileChangeIsBelow() {
        HrvBaseline.Result r = HrvBaseline.of(days(70, 50), AS_OF);
        assertThat(r.state()).isEqualTo(BaselineState.BELOW);
        assertThat(r.rollingLnRmssd()).isLessThan(r.bandLow());
    }

    @Test
    void aRiseIsReportedToo() {
        assertThat(HrvBaseline.of(days(70, 110), AS_OF).state()).isEqualTo(BaselineState.ABOVE);
    }

    @Test
    void fewerThanThreeDaysInTheWeekIsUnknown() {
        List<WellnessDay> d = new ArrayList<>(days(70, 50));
        d.removeIf(w -> w.date().isAfter(AS_OF.minusDays(5)));   // keeps 2 of the last 7
        HrvBaseline.Result r = HrvBaseline.of(d, AS_OF);
        assertThat(r.rollingDays()).isEqualTo(2);
        assertThat(r.state()).isEqualTo(BaselineState.UNKNOWN);
    }

    @Test
    void restingHrRiseAboveFiveBpmOrOneSdIsAbove() {
        List<WellnessDay> d = new ArrayList<>();
        for (int back = 59; back >= 0; back--) {
            d.add(day(AS_OF.minusDays(back), back < 7 ? 56.0 : (back % 2 == 0 ? 47.0 : 49.0), null));
        }
        RestingHrBaseline.Result r = RestingHrBaseline.of(d, AS_OF);
        assertThat(r.threshold()).isEqualTo(5.0);             // SD is small, so 5 bpm
        assertThat(r.state()).isEqualTo(BaselineState.ABOVE); // 56 > ~49.0 + 5
        d.replaceAll(w -> w.date().isAfter(AS_OF.minusDays(7)) ? day(w.date(), 52.0, null) : w);
        assertThat(RestingHrBaseline.of(d, AS_OF).state()).isEqualTo(BaselineState.WITHIN);
        d.replaceAll(w -> w.date().isAfter(AS_OF.minusDays(7)) ? day(w.date(), 40.0, null) : w);
        assertThat(RestingHrBaseline.of(d, AS_OF).state()).isEqualTo(BaselineState.BELOW);
    }
}
