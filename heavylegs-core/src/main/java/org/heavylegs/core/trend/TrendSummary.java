package org.heavylegs.core.trend;

import java.time.LocalDate;

/**
 * The picture over days on one as-of date: load model, ratios, volume, recovery markers, body,
 * sleep, wellness and labs. NaN marks what could not be computed (the report says why).
 *
 * @param loadDays             days in the load series (first record to as-of)
 * @param missingLoadDays      of those, days whose load is unknown (see {@link DailyLoadSeries})
 * @param activitiesWithoutLoad activities whose load could not be computed (no heart rate)
 * @param ctl                  CTL after the as-of day
 * @param tsb                  form on the as-of day (yesterday's CTL - ATL)
 * @param ctlKnownDays         days with a known load in the CTL window up to the as-of day (NaN
 *                             model values when under half of {@link FitnessFatigue#windowDays});
 *                             -1 when no activity has a known load at all
 */
public record TrendSummary(LocalDate asOf, DailyLoadSeries series, FitnessFatigue.Result fitness,
                           int loadDays, int missingLoadDays, int activitiesWithoutLoad,
                           double ctl, double atl, double tsb, double ctlRampPerWeek, int ctlKnownDays,
                           AcuteChronicRatio.Ratios acwr, Monotony.Week monotony, WeeklyVolume.Result volume,
                           HrvBaseline.Result hrv, RestingHrBaseline.Result restingHr, EfficiencyTrend.Result efficiency,
                           HrAtPaceTrend.Result hrAtPace, CadenceTrend.Result cadence, BodyMassTrend.Result bodyMass,
                           SleepDebt.Result sleep, WellnessBaseline.Result wellness, LabChanges.Result labs) {
}
