package org.heavylegs.core.trend;

/**
 * Acute:chronic workload ratio in its three common forms (SCIENCE.md 10.4):
 * <ul>
 *   <li>EWMA (Williams, West, Cross & Stokes 2017, BJSM 51:209-210): EWMA_t = lambda load_t +
 *       (1 - lambda) EWMA_{t-1}, lambda = 2/(N+1), N = 7 (acute) and 28 (chronic), both seeded with
 *       the first known day's load;</li>
 *   <li>rolling, coupled: mean of the last 7 days over the mean of the last 28 (which include them);</li>
 *   <li>rolling, uncoupled: the same over days t-27 .. t-7 only (Windt & Gabbett 2018/2019).</li>
 * </ul>
 * Missing days (NaN) are skipped: the EWMA holds its value (up to {@link #RESTART_GAP_DAYS} in a
 * row, after which it starts again), rolling means average the known days;
 * every form needs at least half of its (chronic) window known. Gabbett 2016 (BJSM 50:273-280) calls 0.8-1.3 the
 * "sweet spot" and 1.5 or more the "danger zone"; the ratio is weak evidence (Impellizzeri et al.
 * 2020; Lolli et al. 2019), so outputs should weight it low.
 */
public final class AcuteChronicRatio {

    public static final int ACUTE_DAYS = 7;
    public static final int CHRONIC_DAYS = 28;
    /** Gabbett 2016: upper end of the "sweet spot". */
    public static final double SWEET_SPOT_HIGH = 1.3;
    /** Gabbett 2016: lower end of the "sweet spot". */
    public static final double SWEET_SPOT_LOW = 0.8;
    /** Gabbett 2016: the "danger zone" starts here. */
    public static final double DANGER = 1.5;
    /**
     * After this many missing days in a row both EWMAs start again from the next known day's load,
     * as at the start of a series, instead of holding values from before the gap [heuristic: one
     * chronic window, as FitnessFatigue's restart after one CTL window].
     */
    public static final int RESTART_GAP_DAYS = CHRONIC_DAYS;
    /** A rolling window needs at least this share of its days known [heuristic]. */
    public static final double MIN_KNOWN_FRACTION = 0.5;

    /** The three ratios on one day, with their parts; NaN when not computable. */
    public record Ratios(double ewma, double rollingCoupled, double rollingUncoupled,
                         double acuteEwma, double chronicEwma, double acuteMean, double chronicMean,
                         double chronicUncoupledMean) {
    }

    private AcuteChronicRatio() {
    }

    /** Williams 2017 decay: lambda = 2 / (N + 1). */
    public static double lambda(int days) {
        return 2.0 / (days + 1);
    }

    /**
     * The EWMA of the series, seeded with the first known load; missing days hold the value, and
     * after {@link #RESTART_GAP_DAYS} of them in a row the next known load seeds it again.
     */
    public static double[] ewma(double[] load, int days) {
        double lambda = lambda(days);
        double[] out = new double[load.length];
        double x = Double.NaN;
        int missingInARow = 0;
        for (int i = 0; i < load.length; i++) {
            if (Double.isNaN(load[i])) {
                missingInARow++;
            } else {
                if (missingInARow >= RESTART_GAP_DAYS) {
                    x = Double.NaN;
                }
                missingInARow = 0;
                x = Double.isNaN(x) ? load[i] : lambda * load[i] + (1 - lambda) * x;
            }
            out[i] = x;
        }
        return out;
    }

    /**
     * The ratios on day {@code i}; all NaN until the series holds {@link #CHRONIC_DAYS} days (a
     * chronic load needs a chronic window).
     */
    public static Ratios at(double[] load, int i) {
        if (i + 1 < CHRONIC_DAYS) {
            return new Ratios(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double acuteE = ewma(load, ACUTE_DAYS)[i];
        double chronicE = ewma(load, CHRONIC_DAYS)[i];
        double acute = windowMean(load, i - ACUTE_DAYS + 1, i);
        double chronic = windowMean(load, i - CHRONIC_DAYS + 1, i);
        double chronicU = windowMean(load, i - CHRONIC_DAYS + 1, i - ACUTE_DAYS);
        // the EWMA holds its value over missing days; after long gaps it would compare stale numbers,
        // so it too needs the chronic window half known, like the rolling means
        boolean recentKnown = known(load, i - CHRONIC_DAYS + 1, i) >= MIN_KNOWN_FRACTION * CHRONIC_DAYS;
        return new Ratios(recentKnown ? ratio(acuteE, chronicE) : Double.NaN, ratio(acute, chronic), ratio(acute, chronicU),
                acuteE, chronicE, acute, chronic, chronicU);
    }

    private static double ratio(double acute, double chronic) {
        return chronic > 0 && Double.isFinite(acute) ? acute / chronic : Double.NaN;
    }

    /** How many days in [from, to] have a known load. */
    static int known(double[] load, int from, int to) {
        int n = 0;
        for (int k = Math.max(0, from); k <= to; k++) {
            n += Double.isNaN(load[k]) ? 0 : 1;
        }
        return n;
    }

    /** Mean of the known days in [from, to], NaN when fewer than half are known. */
    static double windowMean(double[] load, int from, int to) {
        int size = to - from + 1;
        double sum = 0;
        int n = 0;
        for (int j = Math.max(0, from); j <= to; j++) {
            if (!Double.isNaN(load[j])) {
                sum += load[j];
                n++;
            }
        }
        return n < MIN_KNOWN_FRACTION * size || n == 0 ? Double.NaN : sum / n;
    }
}
