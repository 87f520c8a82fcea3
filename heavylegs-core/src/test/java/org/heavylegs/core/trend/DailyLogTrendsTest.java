package org.heavylegs.core.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.WellnessDay;
import org.junit.jupiter.api.Test;

/** Body mass, sleep debt, subjective wellness and labs, on hand-made logs. */
class DailyLogTrendsTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 5, 31);

    static WellnessDay w(int back, Double sleep, Double mass, Double soreness, Double fatigue, Double motivation) {
        return new WellnessDay(AS_OF.minusDays(back), null, null, sleep, mass, soreness, fatigue, 3.0, motivation, null);
    }

    @Test
    void bodyMassFallingHalfAKiloAWeek() {
        List<WellnessDay> days = new ArrayList<>();
        for (int back = 40; back >= 0; back--) {
            days.add(w(back, null, 60.0 - (40 - back) * 0.5 / 7, null, null, null));
        }
        BodyMassTrend.Result r = BodyMassTrend.of(days, AS_OF);
        assertThat(r.slopeKgPerWeek()).isCloseTo(-0.5, within(1e-9));
        assertThat(r.changeKg()).isCloseTo(-0.5 * 4, within(1e-9));
        assertThat(r.latestKg()).isCloseTo(60 - 40 * 0.5 / 7, within(1e-9));
        assertThat(r.latestDate()).isEqualTo(AS_OF);
        assertThat(r.meanDays()).isEqualTo(7);
    }

    @Test
    void sleepDebtOverSevenNights() {
        List<WellnessDay> days = new ArrayList<>();
        for (int back = 0; back < 7; back++) {
            days.add(w(back, back == 3 ? null : 6.5, null, null, null, null));   // 6 nights of 6.5 h, one unrecorded
        }
        SleepDebt.Result r = SleepDebt.of(days, AS_OF);
        assertThat(r.nights()).isEqualTo(6);
        assertThat(r.debtH()).isCloseTo(6 * 1.5, within(1e-9));
        assertThat(SleepDebt.of(List.of(w(0, 9.0, null, null, null, null)), AS_OF).debtH()).isZero();
    }

    @Test
    void wellnessFlagsTwoItemsWorseOnThreeDays() {
        List<WellnessDay> days = new ArrayList<>();
        for (int back = 66; back >= 7; back--) {
            days.add(w(back, 8.0, null, back % 2 == 0 ? 2.0 : 3.0, 3.0, 7.0));
        }
        for (int back = 6; back >= 0; back--) {
            boolean bad = back <= 2;    // the last three days: sore, tired, unmotivated
            days.add(w(back, 8.0, null, bad ? 6.0 : 2.0, bad ? 6.0 : 3.0, bad ? 4.0 : 7.0));
        }
        WellnessBaseline.Result r = WellnessBaseline.of(days, AS_OF);
        assertThat(r.daysWithItemsWorse()).isEqualTo(3);
        assertThat(r.flagged()).isTrue();
        WellnessBaseline.ItemResult soreness = r.items().get(0);
        assertThat(soreness.item()).isEqualTo(WellnessBaseline.Item.SORENESS);
        assertThat(soreness.baselineMean()).isCloseTo(2.5, within(1e-9));
        assertThat(soreness.daysWorse()).isEqualTo(3);
        assertThat(r.items().get(2).daysWorse()).isZero();   // stress unchanged
    }

    @Test
    void twoBadDaysAreNotFlagged() {
        List<WellnessDay> days = new ArrayList<>();
        for (int back = 66; back >= 0; back--) {
            boolean bad = back <= 1;
            days.add(w(back, 8.0, null, bad ? 6.0 : 2.0, bad ? 6.0 : 3.0, 7.0));
        }
        assertThat(WellnessBaseline.of(days, AS_OF).flagged()).isFalse();
    }

    static LabValue lab(String date, LabTest t, double v) {
        return new LabValue(LocalDate.parse(date), t, v, v, t.canonicalUnit(), "labs.csv:2");
    }

    @Test
    void labChangesBetweenDrawsAndCorrectedCalcium() {
        List<LabValue> labs = List.of(
                lab("2026-01-10", LabTest.FERRITIN, 40),
                lab("2026-04-10", LabTest.FERRITIN, 22),
                lab("2026-04-10", LabTest.CALCIUM, 2.10),
                lab("2026-04-10", LabTest.ALBUMIN, 30),
                lab("2026-06-10", LabTest.FERRITIN, 10));     // after the as-of date: not seen
        LabChanges.Result r = LabChanges.of(labs, AS_OF);
        LabChanges.Change ferritin = r.latest().stream().filter(c -> c.test() == LabTest.FERRITIN).findFirst().orElseThrow();
        assertThat(ferritin.latest().value()).isEqualTo(22);
        assertThat(ferritin.change()).isEqualTo(-18);
        assertThat(ferritin.changePct()).isCloseTo(-45, within(1e-9));
        assertThat(ferritin.daysBetween()).isEqualTo(90);
        LabChanges.Change calcium = r.latest().stream().filter(c -> c.test() == LabTest.CALCIUM).findFirst().orElseThrow();
        assertThat(calcium.previous()).isNull();
        assertThat(r.correctedCalcium()).singleElement()
                .satisfies(c -> assertThat(c.correctedMmolL()).isCloseTo(2.30, within(1e-9)));
    }
}
