package org.heavylegs.sim.history;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.sim.run.RunnerProfile;

/**
 * Morning values of a simulated athlete: a personal baseline, the day's shift, the after-effect of
 * yesterday's session, and day-to-day noise of realistic size (ln rMSSD varies by ~0.08-0.1 from
 * day to day, Plews et al. 2012 [recalled magnitude]; resting HR by 1-2 bpm).
 */
public final class WellnessModel {
    static final double SLEEP_H = 7.5;
    static final double SORENESS = 2;
    static final double FATIGUE = 2;
    static final double STRESS = 3;
    static final double MOTIVATION = 7;
    static final double HEAVY_LEGS = 1;
    static final double LN_RMSSD_DAILY_SD = 0.09;
    static final double RESTING_HR_DAILY_SD = 1.3;

    private final RunnerProfile runner;
    private final WellnessColumns columns;

    public WellnessModel(RunnerProfile runner, WellnessColumns columns) {
        this.runner = runner;
        this.columns = columns;
    }

    /**
     * @param yesterdayLoad minutes x mean heart-rate-reserve fraction of yesterday's run (0 if none)
     */
    public WellnessDay day(LocalDate date, WellnessShift s, double yesterdayLoad, SplittableRandom rnd) {
        double after = Math.min(1.5, yesterdayLoad / 60.0); // a 90-min run at 0.66 gives ~1
        double restingHr = runner.hrRest() + s.restingHr() + 0.8 * after + RESTING_HR_DAILY_SD * rnd.nextGaussian();
        double lnRmssd = Math.log(runner.hrvRmssdMs()) + s.lnRmssd() - 0.04 * after + LN_RMSSD_DAILY_SD * rnd.nextGaussian();
        double sleep = SLEEP_H + s.sleepH() + 0.45 * rnd.nextGaussian();
        double mass = runner.massKg() + s.massKg() + 0.3 * rnd.nextGaussian();
        double soreness = scale(SORENESS + s.soreness() + after + 0.7 * rnd.nextGaussian());
        double fatigue = scale(FATIGUE + s.fatigue() + 0.7 * after + 0.7 * rnd.nextGaussian());
        double stress = scale(STRESS + s.stress() + 0.8 * rnd.nextGaussian());
        double motivation = scale(MOTIVATION + s.motivation() + 0.7 * rnd.nextGaussian());
        double heavy = scale(HEAVY_LEGS + s.heavyLegs() + 0.5 * after + 0.6 * rnd.nextGaussian());
        return new WellnessDay(date,
                columns.restingHr() ? (double) Math.round(restingHr) : null,
                columns.hrv() ? Math.round(Math.exp(lnRmssd) * 10) / 10.0 : null,
                columns.sleep() ? Math.round(Math.max(3, sleep) * 10) / 10.0 : null,
                columns.bodyMass() ? Math.round(mass * 10) / 10.0 : null,
                columns.scales() ? soreness : null,
                columns.scales() ? fatigue : null,
                columns.scales() ? stress : null,
                columns.scales() ? motivation : null,
                columns.scales() ? heavy : null);
    }

    private static double scale(double v) {
        return Math.max(0, Math.min(10, Math.round(v)));
    }
}
