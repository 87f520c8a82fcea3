package org.heavylegs.core.plan;

import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.core.metric.fluids.SodiumLoss;
import org.heavylegs.core.metric.fluids.SweatRate;

/**
 * The athlete's measured sweat and the run length the fluid plan is made for: the median sweat rate
 * and sweat sodium loss rate of the window's runs with runs.csv masses (the focus run included), and
 * the planned duration, the focus run's when it lasted 45 min or more, else the longest run of the
 * window.
 *
 * @param sweatRateLPerH       NaN when no run has masses
 * @param sodiumLossMgPerH     NaN when unknown
 * @param runs                 runs the medians come from
 * @param plannedHours         NaN without runs
 */
record SweatProfile(double sweatRateLPerH, double sodiumLossMgPerH, int runs, double plannedHours) {

    /** A run shorter than this is not what a fluid plan is for, h [heuristic]. */
    static final double MIN_PLANNED_H = 0.75;

    static SweatProfile of(DiagnosisInput in) {
        List<Double> rates = new ArrayList<>();
        List<Double> sodium = new ArrayList<>();
        double longest = Double.NaN;
        for (RunSummary r : in.windowRuns()) {
            double sr = r == in.focusRun() ? in.focus(SweatRate.KEY) : DiagnosisInput.metric(r, SweatRate.KEY);
            double na = r == in.focusRun() ? in.focus(SodiumLoss.KEY_RATE) : DiagnosisInput.metric(r, SodiumLoss.KEY_RATE);
            if (!Double.isNaN(sr)) {
                rates.add(sr);
            }
            if (!Double.isNaN(na)) {
                sodium.add(na);
            }
            if (r.timerS() > 0 && !(r.timerS() / 3600 <= longest)) {
                longest = r.timerS() / 3600;
            }
        }
        double focus = in.focusHours();
        double planned = focus >= MIN_PLANNED_H ? focus : longest;
        return new SweatProfile(median(rates), median(sodium), rates.size(), planned);
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] a = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int m = a.length / 2;
        return a.length % 2 == 1 ? a[m] : (a[m - 1] + a[m]) / 2;
    }
}
