package org.heavylegs.core.metric.warmup;

import java.util.Arrays;
import java.util.Locale;
import org.heavylegs.core.athlete.Physiology;
import org.heavylegs.core.metric.Rolling;
import org.heavylegs.core.metric.RunSeries;

/**
 * The start of a run as SCIENCE.md 6.2 reads it [heuristic algorithm]: heart rate as a reserve
 * fraction and grade-adjusted speed, both smoothed over 60 s (HR takes 2-4 min to settle), against
 * the "main set" speed, the median after minute 10 of the seconds not spent standing.
 * <ul>
 *   <li>Warm-up intensity: HRr below 0.60 or speed below 80 % of the main set.</li>
 *   <li>Warm-up length: from the start until the runner leaves warm-up intensity for a full minute.</li>
 *   <li>Cold start: within the first 3 min HRr reaches 0.75, or speed reaches 95 % of a main set
 *       that is not itself easy (an easy run started at its easy pace warms the runner up).</li>
 * </ul>
 * Works with heart rate alone or speed alone; then only that half of each rule applies.
 */
final class WarmupShape {
    /** SCIENCE.md 6.2: smoothing of at least 60 s for HR kinetics. */
    static final int SMOOTHING_S = 60;
    /** SCIENCE.md 6.2 step 1: the warm-up window is the first 10 min; the main set follows it. */
    static final int MAIN_FROM_S = 10 * 60;
    /** The main set needs at least this much time after minute 10 [heuristic]. */
    static final int MIN_MAIN_S = 5 * 60;
    /** SCIENCE.md 6.2 step 2: warm-up intensity is HRr below this (about 70 % HRmax) ... */
    static final double WARMUP_HRR_BELOW = 0.60;
    /** ... or grade-adjusted speed below this fraction of the main set. */
    static final double WARMUP_SPEED_BELOW = 0.80;
    /** SCIENCE.md 6.2 step 3: no warm-up if HRr reaches this within the first 3 min ... */
    static final double COLD_HRR = 0.75;
    /** ... or grade-adjusted speed reaches this fraction of the main set ... */
    static final double COLD_SPEED = 0.95;
    /** ... within this time. */
    static final int COLD_WITHIN_S = 3 * 60;
    /** Slower than this is standing; such seconds do not count towards the main-set speed [heuristic]. */
    static final double STANDING_SPEED_M_S = 0.5;
    /** Warm-up intensity has ended once it is left for this long [heuristic]. */
    static final int LEAVE_FOR_S = 60;

    final double warmupS;
    final boolean coldStart;
    final String reason;

    private WarmupShape(double warmupS, boolean coldStart, String reason) {
        this.warmupS = warmupS;
        this.coldStart = coldStart;
        this.reason = reason;
    }

    static WarmupShape of(RunSeries s, Physiology p) {
        int n = s.size();
        if (n < MAIN_FROM_S + MIN_MAIN_S) {
            return new WarmupShape(Double.NaN, false, String.format(Locale.ROOT,
                    "needs a run of at least %d min (minutes 10+ are the reference; has %.0f)",
                    (MAIN_FROM_S + MIN_MAIN_S) / 60, n / 60.0));
        }
        boolean haveHr = RunSeries.countValid(s.hr()) >= n / 2;
        boolean haveSpeed = RunSeries.countValid(s.speed()) >= n / 2;
        if (!haveHr && !haveSpeed) {
            return new WarmupShape(Double.NaN, false, "needs heart rate or speed over at least half of the run");
        }
        double[] hrr = new double[n];
        double[] hr = Rolling.centred(s.hr(), SMOOTHING_S);
        for (int k = 0; k < n; k++) {
            hrr[k] = haveHr ? p.hrReserveFraction(hr[k]) : Double.NaN;
        }
        double[] v = haveSpeed ? Rolling.centred(s.gapSpeed(), SMOOTHING_S) : new double[n];
        if (!haveSpeed) {
            Arrays.fill(v, Double.NaN);
        }
        double[] moving = Arrays.copyOfRange(v, MAIN_FROM_S, n);
        for (int i = 0; i < moving.length; i++) {
            if (moving[i] < STANDING_SPEED_M_S) {
                moving[i] = Double.NaN; // standing does not set the pace of the main set
            }
        }
        double main = RunSeries.median(moving);
        boolean speedUsable = main > 0;
        double mainHrr = RunSeries.median(Arrays.copyOfRange(hrr, MAIN_FROM_S, n));
        boolean mainEasy = mainHrr < WARMUP_HRR_BELOW;

        boolean cold = false;
        for (int k = 0; k < Math.min(COLD_WITHIN_S, n); k++) {
            if (hrr[k] >= COLD_HRR || (speedUsable && !mainEasy && v[k] >= COLD_SPEED * main)) {
                cold = true;
                break;
            }
        }
        int end = n;
        int outside = 0;
        for (int k = 0; k < n; k++) {
            boolean easy = hrr[k] < WARMUP_HRR_BELOW || (speedUsable && v[k] < WARMUP_SPEED_BELOW * main);
            boolean known = !Double.isNaN(hrr[k]) || (speedUsable && !Double.isNaN(v[k]));
            if (known && !easy) {
                outside++;
                if (outside >= LEAVE_FOR_S) {
                    end = k - LEAVE_FOR_S + 1;
                    break;
                }
            } else {
                outside = 0;
            }
        }
        return new WarmupShape(cold ? 0 : end, cold, null);
    }
}
