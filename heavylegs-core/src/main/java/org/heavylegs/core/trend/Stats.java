package org.heavylegs.core.trend;

import java.util.Arrays;

/** Means, SDs and medians over the finite values of an array (NaN = missing), for the trends. */
final class Stats {
    private Stats() {
    }

    static int count(double[] v) {
        int n = 0;
        for (double x : v) {
            if (Double.isFinite(x)) {
                n++;
            }
        }
        return n;
    }

    static double mean(double[] v) {
        double sum = 0;
        int n = 0;
        for (double x : v) {
            if (Double.isFinite(x)) {
                sum += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Population SD (divides by n), NaN when empty. */
    static double sdPopulation(double[] v) {
        return sd(v, 0);
    }

    /** Sample SD (divides by n - 1), NaN with fewer than two values. */
    static double sdSample(double[] v) {
        return sd(v, 1);
    }

    private static double sd(double[] v, int ddof) {
        double m = mean(v);
        int n = count(v);
        if (n - ddof <= 0) {
            return Double.NaN;
        }
        double ss = 0;
        for (double x : v) {
            if (Double.isFinite(x)) {
                ss += (x - m) * (x - m);
            }
        }
        return Math.sqrt(ss / (n - ddof));
    }

    static double median(double[] v) {
        double[] f = Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
        if (f.length == 0) {
            return Double.NaN;
        }
        int mid = f.length / 2;
        return f.length % 2 == 1 ? f[mid] : (f[mid - 1] + f[mid]) / 2;
    }
}
