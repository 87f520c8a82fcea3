package org.heavylegs.core.clean;

import java.util.List;
import java.util.Locale;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;

/**
 * Fixes a running cadence counted on the wrong scale. FIT stores running cadence per leg (strides
 * per minute) and readers double it into steps per minute; a device or app that already wrote steps
 * per minute gets doubled again (a run at 340 to 380 "spm", seen with treadmill and foot-pod
 * sources), and a per-leg value that was never doubled reads 80 to 95 "spm".
 * <p>
 * The decision is taken once per run, on the median of the non-zero cadence samples, and applies to
 * the whole column: a median in the doubled band is halved, a median in the per-leg band is
 * doubled. When speed is recorded, the repair is made only if the corrected cadence gives a
 * plausible step length (speed divided by steps per second); that keeps a slow walk labelled as a
 * run from being doubled. Only running activities are looked at.
 */
public final class DoubledTreadmillCadence implements CleaningRule {

    /**
     * [heuristic] Lowest median taken as counted twice, spm. Median running cadences lie between
     * about 140 (with walk breaks) and 220 spm; even sprinters, at about 4.5 to 5 steps per second
     * [recalled], hold more than 280 only for seconds, never as a median over a run.
     */
    static final double DOUBLED_MIN_SPM = 280;

    /** [heuristic] Highest median taken as counted twice, spm: twice the highest running median, 220. */
    static final double DOUBLED_MAX_SPM = 440;

    /**
     * [heuristic] Lowest median taken as a per-leg count, spm. Per-leg running medians in the
     * corpus are 70 to 89 per minute, down to 70 on a trail run with walking; 60 leaves room below.
     */
    static final double SINGLE_LEG_MIN_SPM = 60;

    /**
     * [heuristic] Highest median taken as a per-leg count, spm. A whole run with a median under
     * 100 steps per minute would be slower than an ordinary walk (about 100 to 120 spm [recalled]);
     * per leg, 100 is a fast runner's 200 spm.
     */
    static final double SINGLE_LEG_MAX_SPM = 100;

    /** [heuristic] Shortest plausible step, metres, for the speed check (a slow shuffle). */
    static final double MIN_STEP_M = 0.5;

    /** [heuristic] Longest plausible step, metres, for the speed check (a fast runner's stride is under 2 m per step). */
    static final double MAX_STEP_M = 2.5;

    /** [heuristic] Speed above which a sample counts as moving for the step-length check, m/s. */
    static final double MOVING_M_S = 0.5;

    /** [heuristic] Fewest non-zero cadence samples for a median to decide on. */
    static final int MIN_SAMPLES = 30;

    @Override
    public String id() {
        return "doubled_cadence";
    }

    @Override
    public Activity apply(Activity activity, List<String> warnings) {
        Streams s = activity.streams();
        double[] cadence = s.get(Channel.CADENCE_SPM);
        if (!activity.isRunning() || cadence == null) {
            return activity;
        }
        int nonZero = 0;
        for (double c : cadence) {
            if (Double.isFinite(c) && c > 0) {
                nonZero++;
            }
        }
        if (nonZero < MIN_SAMPLES) {
            return activity;
        }
        double median = Median.of(cadence, i -> cadence[i] > 0);
        double factor;
        if (median >= DOUBLED_MIN_SPM && median <= DOUBLED_MAX_SPM) {
            factor = 0.5;
        } else if (median >= SINGLE_LEG_MIN_SPM && median <= SINGLE_LEG_MAX_SPM) {
            factor = 2.0;
        } else {
            return activity;
        }
        if (!stepLengthAgrees(s, cadence, factor)) {
            return activity;
        }
        double[] out = new double[cadence.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = cadence[i] * factor;
        }
        warnings.add(String.format(Locale.ROOT, "%s: median cadence %.0f spm is %s; the column %s, %d non-zero samples (median now %.0f spm)",
                id(), median, factor < 1 ? "a running cadence counted twice" : "a per-leg count that was never doubled",
                factor < 1 ? "halved" : "doubled", nonZero, median * factor));
        return activity.withStreams(s.with(Channel.CADENCE_SPM, out));
    }

    /** True when there is no speed to check with, or the corrected cadence gives a plausible step length. */
    private static boolean stepLengthAgrees(Streams s, double[] cadence, double factor) {
        double[] speed = s.get(Channel.SPEED_M_S);
        if (speed == null) {
            return true;
        }
        java.util.function.IntPredicate moving = i -> speed[i] > MOVING_M_S && cadence[i] > 0 && Double.isFinite(cadence[i]);
        int count = 0;
        for (int i = 0; i < speed.length; i++) {
            if (moving.test(i)) {
                count++;
            }
        }
        if (count < MIN_SAMPLES) {
            return true;
        }
        double medianSpeed = Median.of(speed, moving);
        double stepsPerSecond = Median.of(cadence, moving) * factor / 60;
        double step = medianSpeed / stepsPerSecond;
        return step >= MIN_STEP_M && step <= MAX_STEP_M;
    }
}
