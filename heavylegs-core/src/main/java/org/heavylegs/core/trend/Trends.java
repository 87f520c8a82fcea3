package org.heavylegs.core.trend;

import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.core.history.History;
import org.heavylegs.core.history.RunSummary;

/** Computes every trend of a history on its as-of date. The list of trends is this method. */
public final class Trends {

    private Trends() {
    }

    public static TrendSummary of(History h) {
        DailyLoadSeries series = loadSeries(h);
        double[] load = series.values();
        FitnessFatigue.Result ff = FitnessFatigue.compute(load);
        int last = series.size() - 1;
        int withoutLoad = (int) h.activities().stream().filter(r -> Double.isNaN(r.load())).count();
        double ctl = last >= 0 ? ff.ctl()[last] : Double.NaN;
        double atl = last >= 0 ? ff.atl()[last] : Double.NaN;
        double tsb = last >= 0 ? ff.tsb(last) : Double.NaN;
        double ramp = last >= 0 ? ff.rampPerWeek(last) : Double.NaN;
        // without a single activity of known load, zeros on rest days are no load model at all
        boolean anyLoad = h.activities().stream().anyMatch(r -> Double.isFinite(r.load()));
        int lastModelled = last;
        int known = last >= 0 ? FitnessFatigue.knownDays(load, last) : 0;
        if (!anyLoad) {
            ctl = atl = tsb = ramp = Double.NaN;
            lastModelled = -1;
            known = -1;
        }
        AcuteChronicRatio.Ratios acwr = AcuteChronicRatio.at(load, lastModelled);
        Monotony.Week monotony = lastModelled >= 0 ? Monotony.at(load, lastModelled) : Monotony.of(new double[0]);
        return new TrendSummary(h.asOf(), series, ff, series.size(), last >= 0 ? series.missingDays(0, last) : 0,
                withoutLoad, ctl, atl, tsb, ramp, known, acwr, monotony,
                WeeklyVolume.of(h.activities(), h.asOf()),
                HrvBaseline.of(h.wellness(), h.asOf()),
                RestingHrBaseline.of(h.wellness(), h.asOf()),
                EfficiencyTrend.of(h.activities(), h.physiology(), h.asOf()),
                HrAtPaceTrend.of(h.activities(), h.asOf()),
                CadenceTrend.of(h.activities(), h.asOf()),
                BodyMassTrend.of(h.wellness(), h.asOf()),
                SleepDebt.of(h.wellness(), h.asOf()),
                WellnessBaseline.of(h.wellness(), h.asOf()),
                LabChanges.of(h.labs(), h.asOf()));
    }

    /**
     * The daily load of a history: every activity's load on its date; every runs.csv row without a
     * recording as a session of unknown load; wellness rows as days with a record.
     */
    public static DailyLoadSeries loadSeries(History h) {
        List<DailyLoadSeries.Session> sessions = new ArrayList<>();
        for (RunSummary r : h.activities()) {
            sessions.add(new DailyLoadSeries.Session(r.date(), r.load()));
        }
        for (RunLogEntry e : h.unrecordedRuns()) {
            sessions.add(new DailyLoadSeries.Session(e.date(), Double.NaN));
        }
        List<java.time.LocalDate> other = new ArrayList<>();
        for (WellnessDay w : h.wellness()) {
            other.add(w.date());
        }
        return DailyLoadSeries.build(sessions, other, h.asOf());
    }
}
