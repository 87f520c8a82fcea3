package org.heavylegs.core.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyLoadSeriesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    /** A run of load 60 every second day for {@code weeks}, then a gap, then runs again for a week. */
    private static List<DailyLoadSeries.Session> runsWithGap(int weeks, int gapDays) {
        List<DailyLoadSeries.Session> s = new ArrayList<>();
        int day = 0;
        for (; day < weeks * 7; day += 2) {
            s.add(new DailyLoadSeries.Session(START.plusDays(day), 60));
        }
        int back = day - 2 + gapDays + 1;  // last run + gap of days without any record
        for (int d = back; d < back + 7; d++) {
            s.add(new DailyLoadSeries.Session(START.plusDays(d), 60));
        }
        return s;
    }

    @Test
    void shortGapsAreRest() {
        var series = DailyLoadSeries.build(List.of(
                new DailyLoadSeries.Session(START, 50),
                new DailyLoadSeries.Session(START.plusDays(3), 70),
                new DailyLoadSeries.Session(START.plusDays(3), 30)), List.of(), START.plusDays(5));
        assertThat(series.values()).containsExactly(50, 0, 0, 100, 0, 0);
        assertThat(series.missingDays(0, 5)).isZero();
    }

    @Test
    void aHolidayWithoutTheWatchIsMissingNotRest() {
        List<DailyLoadSeries.Session> sessions = runsWithGap(8, 14);
        LocalDate asOf = sessions.get(sessions.size() - 1).date();
        DailyLoadSeries series = DailyLoadSeries.build(sessions, List.of(), asOf);
        int last = series.size() - 1;
        // the 14 silent days are missing, not rest
        assertThat(series.missingDays(0, last)).isEqualTo(14);

        // and so the return week is no spike: the chronic load was held, not decayed to nothing
        AcuteChronicRatio.Ratios held = AcuteChronicRatio.at(series.values(), last);
        double[] asRest = series.values();
        for (int i = 0; i < asRest.length; i++) {
            if (Double.isNaN(asRest[i])) {
                asRest[i] = 0;
            }
        }
        AcuteChronicRatio.Ratios rest = AcuteChronicRatio.at(asRest, last);
        assertThat(rest.ewma()).isGreaterThan(AcuteChronicRatio.DANGER);          // the fake spike
        assertThat(held.ewma()).isLessThan(AcuteChronicRatio.DANGER);             // what we report
        assertThat(rest.rollingUncoupled()).isGreaterThan(AcuteChronicRatio.DANGER);
        // the uncoupled chronic window (days t-27..t-7) is mostly holiday: no ratio rather than a false one
        assertThat(held.rollingUncoupled()).isNaN();
    }

    @Test
    void aSilentStretchJustUnderTheLimitIsRest() {
        List<DailyLoadSeries.Session> sessions = runsWithGap(8, DailyLoadSeries.MISSING_AFTER_DAYS - 1);
        LocalDate asOf = sessions.get(sessions.size() - 1).date();
        DailyLoadSeries series = DailyLoadSeries.build(sessions, List.of(), asOf);
        assertThat(series.missingDays(0, series.size() - 1)).isZero();
    }

    @Test
    void wellnessRowsMakeDaysObservedRest() {
        List<DailyLoadSeries.Session> sessions = runsWithGap(8, 14);
        LocalDate lastRun = START.plusDays(54);
        List<LocalDate> wellness = new ArrayList<>();
        for (int d = 1; d <= 14; d++) {
            wellness.add(lastRun.plusDays(d));     // logged every morning of the holiday: real rest
        }
        LocalDate asOf = sessions.get(sessions.size() - 1).date();
        DailyLoadSeries series = DailyLoadSeries.build(sessions, wellness, asOf);
        assertThat(series.missingDays(0, series.size() - 1)).isZero();
    }

    @Test
    void aSessionOfUnknownLoadMakesItsDayMissing() {
        var series = DailyLoadSeries.build(List.of(
                new DailyLoadSeries.Session(START, 50),
                new DailyLoadSeries.Session(START.plusDays(1), Double.NaN),
                new DailyLoadSeries.Session(START.plusDays(1), 40)), List.of(), START.plusDays(2));
        assertThat(series.get(1)).isNaN();
        assertThat(series.get(2)).isZero();
    }

    @Test
    void aLongSilenceBeforeTheAsOfDateIsMissing() {
        var series = DailyLoadSeries.build(List.of(new DailyLoadSeries.Session(START, 50)), List.of(), START.plusDays(30));
        assertThat(series.missingDays(1, 30)).isEqualTo(30);
        assertThat(series.first()).isEqualTo(START);
        assertThat(series.indexOf(START.plusDays(30))).isEqualTo(30);
        assertThat(series.indexOf(START.minusDays(1))).isEqualTo(-1);
    }

    @Test
    void noSessionGivesAnEmptySeries() {
        assertThat(DailyLoadSeries.build(List.of(), List.of(START), START.plusDays(3)).isEmpty()).isTrue();
    }
}
