package org.heavylegs.core.trend;

import java.util.Locale;
import org.heavylegs.core.athlete.Physiology;
import org.heavylegs.core.history.RunSummary;

/**
 * TEMPORARY stand-in for the per-run load metrics (hr_tss, trimp), to be replaced when those are
 * merged: hrTSS approximation (a) of SCIENCE.md 10.2 (pacelore; TrainingPeaks does not publish its
 * algorithm), load = hours x 100 x (HRr_avg / HRr_LT)^2, with HRr the heart-rate-reserve fraction
 * of the session's average heart rate and HRr_LT that of the athlete's threshold heart rate (0.85
 * when the threshold is the Physiology default). Using the session mean underestimates interval
 * sessions; the per-sample metrics will not.
 */
public final class TemporaryHrReserveLoad implements ActivityLoad {

    /** An hour at threshold heart rate scores this many points (TSS convention, Coggan/TrainingPeaks). */
    static final double POINTS_PER_HOUR_AT_THRESHOLD = 100.0;
    static final double SECONDS_PER_HOUR = 3600.0;

    @Override
    public String id() {
        return "temporary_hr_reserve_load";
    }

    @Override
    public String description() {
        return "training load = hours x 100 x (HR reserve of the average HR / HR reserve at threshold)^2 "
                + "(hrTSS approximation, SCIENCE.md 10.2 a); a temporary stand-in until per-run metrics are merged";
    }

    @Override
    public double load(RunSummary run, Physiology physiology) {
        double hr = Double.isFinite(run.avgHr()) ? run.avgHr() : run.heartRate().meanBpm();
        double seconds = Double.isFinite(run.timerS()) && run.timerS() > 0 ? run.timerS() : run.elapsedS();
        if (!Double.isFinite(hr) || !Double.isFinite(seconds)) {
            return Double.NaN;
        }
        return of(seconds / SECONDS_PER_HOUR, physiology.hrReserveFraction(hr),
                physiology.hrReserveFraction(physiology.thresholdHr()));
    }

    /** The formula itself: hours x 100 x (HRr / HRr_LT)^2, HRr below zero counting as zero. */
    static double of(double hours, double hrReserve, double thresholdHrReserve) {
        if (!(thresholdHrReserve > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "threshold HR reserve %.3f", thresholdHrReserve));
        }
        double ratio = Math.max(0, hrReserve) / thresholdHrReserve;
        return hours * POINTS_PER_HOUR_AT_THRESHOLD * ratio * ratio;
    }
}
