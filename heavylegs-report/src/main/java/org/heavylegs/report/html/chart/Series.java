package org.heavylegs.report.html.chart;

import java.util.Arrays;

/** Checks and reads the value columns of the chart inputs. */
final class Series {
    private Series() {
    }

    /** The column, or all NaN when null; its length must match the dates. */
    static double[] column(double[] values, int n, String name) {
        if (values == null) {
            double[] nan = new double[n];
            Arrays.fill(nan, Double.NaN);
            return nan;
        }
        if (values.length != n) {
            throw new IllegalArgumentException(name + " has " + values.length + " values for " + n + " dates");
        }
        return values;
    }

    static boolean anyFinite(double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    /** Index of the last finite value, or -1. */
    static int lastFinite(double[] values) {
        for (int i = values.length - 1; i >= 0; i--) {
            if (Double.isFinite(values[i])) {
                return i;
            }
        }
        return -1;
    }

    static double min(double[]... columns) {
        double m = Double.POSITIVE_INFINITY;
        for (double[] c : columns) {
            for (double v : c) {
                if (Double.isFinite(v) && v < m) {
                    m = v;
                }
            }
        }
        return m;
    }

    static double max(double[]... columns) {
        double m = Double.NEGATIVE_INFINITY;
        for (double[] c : columns) {
            for (double v : c) {
                if (Double.isFinite(v) && v > m) {
                    m = v;
                }
            }
        }
        return m;
    }

    /** Mean of the finite values in [from, to), NaN when there are none. */
    static double mean(double[] values, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(values.length, to); i++) {
            if (Double.isFinite(values[i])) {
                sum += values[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The p-quantile (0..1) of the finite values by linear interpolation, NaN when there are none. */
    static double quantile(double[] values, double p) {
        double[] f = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (f.length == 0) {
            return Double.NaN;
        }
        double pos = p * (f.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(f.length - 1, lo + 1);
        return f[lo] + (f[hi] - f[lo]) * (pos - lo);
    }
}
