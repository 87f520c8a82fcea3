package org.heavylegs.core.trend;

/**
 * Foster's training monotony and strain (Foster 1998, Med Sci Sports Exerc 30:1164-1168; SCIENCE.md
 * 4.2): over 7 days, monotony = mean daily load / SD of daily load, strain = weekly load x
 * monotony. The SD is the population SD (divides by 7), which reproduces the usual worked examples
 * (oracle O10). Monotony above 2.0 is considered too high (threshold via secondary sources).
 * Strain is judged against the athlete's own previous 12 weeks: above their mean + 2 SD is high
 * [heuristic].
 * <p>
 * Missing days: the week needs at least {@link #MIN_KNOWN_DAYS} known days; the mean and SD are then
 * of the known days and the weekly load is 7 x that mean.
 */
public final class Monotony {

    public static final int WEEK_DAYS = 7;
    /** Monotony above this is "too high" (Foster 1998, threshold via secondary sources). */
    public static final double HIGH = 2.0;
    /** Known days a week needs [heuristic]. */
    public static final int MIN_KNOWN_DAYS = 5;
    /** Weeks of own history that strain is compared with [heuristic, SCIENCE.md 4.2]. */
    public static final int STRAIN_BASELINE_WEEKS = 12;
    /** Strain above the baseline mean plus this many SDs is high [heuristic, SCIENCE.md 4.2]. */
    public static final double STRAIN_HIGH_SD = 2.0;
    /** An SD below this fraction of the mean is floating-point residue of identical loads, not variation. */
    static final double ROUNDING_SD_FRACTION = 1e-9;
    /** Previous weeks with a strain that the baseline needs [heuristic]. */
    public static final int MIN_BASELINE_WEEKS = 4;

    /**
     * One week. Monotony is NaN when the load did not vary (SD 0, e.g. a week of full rest).
     *
     * @param strainBaselineMean mean strain of the previous weeks (NaN when too few)
     * @param strainBaselineSd   their sample SD
     */
    public record Week(double weeklyLoad, double mean, double sd, double monotony, double strain, int knownDays,
                       double strainBaselineMean, double strainBaselineSd) {

        public boolean monotonyHigh() {
            return monotony > HIGH;
        }

        public boolean strainHigh() {
            return Double.isFinite(strainBaselineMean) && Double.isFinite(strainBaselineSd)
                    && strain > strainBaselineMean + STRAIN_HIGH_SD * strainBaselineSd;
        }
    }

    private Monotony() {
    }

    /** Monotony and strain of the 7 days ending at {@code end}, with the strain baseline of the weeks before. */
    public static Week at(double[] load, int end) {
        Week w = week(load, end);
        int n = 0;
        double[] strains = new double[STRAIN_BASELINE_WEEKS];
        java.util.Arrays.fill(strains, Double.NaN);
        for (int k = 1; k <= STRAIN_BASELINE_WEEKS; k++) {
            int e = end - k * WEEK_DAYS;
            if (e - WEEK_DAYS + 1 < 0) {
                break;
            }
            double s = week(load, e).strain();
            if (Double.isFinite(s)) {
                strains[k - 1] = s;
                n++;
            }
        }
        double mean = n >= MIN_BASELINE_WEEKS ? Stats.mean(strains) : Double.NaN;
        double sd = n >= MIN_BASELINE_WEEKS ? Stats.sdSample(strains) : Double.NaN;
        return new Week(w.weeklyLoad, w.mean, w.sd, w.monotony, w.strain, w.knownDays, mean, sd);
    }

    /** Foster's numbers for one week of daily loads (NaN = missing). */
    public static Week of(double... week) {
        return week(week, week.length - 1);
    }

    private static Week week(double[] load, int end) {
        int from = end - WEEK_DAYS + 1;
        double[] w = new double[WEEK_DAYS];
        for (int j = 0; j < WEEK_DAYS; j++) {
            w[j] = from + j >= 0 && from + j < load.length ? load[from + j] : Double.NaN;
        }
        int known = Stats.count(w);
        if (known < MIN_KNOWN_DAYS) {
            return new Week(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, known, Double.NaN, Double.NaN);
        }
        double mean = Stats.mean(w);
        double sd = Stats.sdPopulation(w);
        double weekly = mean * WEEK_DAYS;
        // identical loads can leave a rounding residue in the SD; that is no variation either
        double monotony = sd > ROUNDING_SD_FRACTION * Math.abs(mean) ? mean / sd : Double.NaN;
        // a week of full rest has no strain; otherwise strain needs a defined monotony
        double strain = weekly == 0 ? 0.0 : weekly * monotony;
        return new Week(weekly, mean, sd, monotony, strain, known, Double.NaN, Double.NaN);
    }
}
