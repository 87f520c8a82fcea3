package org.heavylegs.core.analysis;

import org.heavylegs.core.athlete.Physiology;
import org.heavylegs.core.history.HeartRateHistogram;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.core.metric.load.HrTss;
import org.heavylegs.core.metric.load.TrimpBanister;
import org.heavylegs.core.trend.ActivityLoad;

/**
 * The daily-load input of the trends: the heart-rate stress score of the per-run metric
 * {@link HrTss} (HRSS, SCIENCE.md 10.2 b), computed from the run's heart-rate distribution so that
 * the athlete's final HRmax and HRrest apply to every run without keeping any streams. Heart rates
 * outside [40, HRmax + 5] are left out, as in the per-run metric (SCIENCE.md section 0).
 */
public final class HrssLoad implements ActivityLoad {
    /** Lowest heart rate trusted as a reading (SCIENCE.md section 0). */
    static final double MIN_TRUSTED_HR = 40;
    /** Readings this far above HRmax are artefacts (SCIENCE.md section 0). */
    static final double HR_MAX_MARGIN = 5;

    @Override
    public String id() {
        return HrTss.KEY;
    }

    @Override
    public String description() {
        return "training load per run is the heart-rate stress score hr_tss (HRSS: Banister TRIMP over one hour at "
                + "threshold heart rate x 100; SCIENCE.md 10.2 b)";
    }

    @Override
    public double load(RunSummary run, Physiology p) {
        HeartRateHistogram h = run.heartRate();
        double hourAtThreshold = HrTss.hourAtThreshold(p);
        if (h.totalSeconds() <= 0 || !(hourAtThreshold > 0)) {
            return Double.NaN;
        }
        double trimp = h.sum(bpm -> bpm < MIN_TRUSTED_HR || bpm > p.hrMax() + HR_MAX_MARGIN ? 0
                : TrimpBanister.perMinute(Math.max(0, Math.min(1, p.hrReserveFraction(bpm))), p.sex()) / 60.0);
        return trimp / hourAtThreshold * 100;
    }
}
