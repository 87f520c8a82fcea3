package org.heavylegs.core.metric;

/**
 * Rolling means over a 1-Hz series (one value per second of moving time), ignoring NaN. A window
 * with fewer than half of its values present gives NaN, so a dropout does not pass as data.
 */
public final class Rolling {
    private Rolling() {
    }

    /** Mean of the {@code window} values centred on each index. */
    public static double[] centred(double[] x, int window) {
        int before = (window - 1) / 2;
        int after = window - 1 - before;
        return mean(x, before, after, window);
    }

    /** Mean of each index and the {@code window - 1} values before it. */
    public static double[] trailing(double[] x, int window) {
        return mean(x, window - 1, 0, window);
    }

    private static double[] mean(double[] x, int before, int after, int window) {
        int n = x.length;
        double[] out = new double[n];
        double sum = 0;
        int count = 0;
        // Sliding sums over [i - before, i + after], clipped to the array.
        int lo = 0;
        int hi = -1;
        int minCount = Math.max(1, (window + 1) / 2);
        for (int i = 0; i < n; i++) {
            int wantHi = Math.min(n - 1, i + after);
            while (hi < wantHi) {
                hi++;
                if (!Double.isNaN(x[hi])) {
                    sum += x[hi];
                    count++;
                }
            }
            int wantLo = Math.max(0, i - before);
            while (lo < wantLo) {
                if (!Double.isNaN(x[lo])) {
                    sum -= x[lo];
                    count--;
                }
                lo++;
            }
            out[i] = count >= minCount ? sum / count : Double.NaN;
        }
        return out;
    }
}
