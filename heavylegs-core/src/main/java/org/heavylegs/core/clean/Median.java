package org.heavylegs.core.clean;

import java.util.Arrays;

/** The median of the finite values of a column, shared by the rules that need a robust centre. */
final class Median {
    private Median() {
    }

    /**
     * The median of the first {@code count} entries of {@code values}, which are reordered; NaN
     * when {@code count} is 0. Callers pass scratch arrays holding finite values only.
     */
    static double ofFirst(double[] values, int count) {
        if (count == 0) {
            return Double.NaN;
        }
        int mid = count / 2;
        if (count <= SORT_BELOW) {
            Arrays.sort(values, 0, count);
            return count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
        }
        // Selection instead of a full sort (linear instead of n log n, for whole columns): the
        // same order statistics in the same order as Arrays.sort (-0.0 before 0.0), so the same
        // median bit for bit.
        select(values, count, mid);
        if (count % 2 == 1) {
            return values[mid];
        }
        double below = values[0];
        for (int i = 1; i < mid; i++) {
            if (before(below, values[i])) {
                below = values[i];
            }
        }
        return (below + values[mid]) / 2;
    }

    /** Up to this many values are sorted; more are selected. */
    static final int SORT_BELOW = 48;

    /**
     * Reorders {@code a[0, n)} so that {@code a[k]} holds the k-th smallest, everything before it
     * no larger and everything after no smaller (Hoare's selection, median-of-three pivots).
     */
    static void select(double[] a, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            double x = a[lo];
            double y = a[mid];
            double z = a[hi];
            double pivot = before(x, y) ? (before(y, z) ? y : before(x, z) ? z : x) : (before(x, z) ? x : before(y, z) ? z : y);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (before(a[i], pivot)) {
                    i++;
                }
                while (before(pivot, a[j])) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    /** The order of Arrays.sort for finite values: numeric, and -0.0 before 0.0. */
    private static boolean before(double a, double b) {
        return a < b || a == b && Double.doubleToRawLongBits(a) < Double.doubleToRawLongBits(b);
    }

    /** The median of the finite values of {@code column} accepted by {@code keep}; NaN when none. */
    static double of(double[] column, java.util.function.IntPredicate keep) {
        double[] scratch = new double[column.length];
        int count = 0;
        for (int i = 0; i < column.length; i++) {
            if (Double.isFinite(column[i]) && keep.test(i)) {
                scratch[count++] = column[i];
            }
        }
        return ofFirst(scratch, count);
    }

    /** The median of the positive steps between consecutive finite times; NaN when there is none. */
    static double sampleInterval(double[] time) {
        double[] steps = new double[Math.max(0, time.length - 1)];
        int count = 0;
        for (int i = 1; i < time.length; i++) {
            double dt = time[i] - time[i - 1];
            if (Double.isFinite(dt) && dt > 0) {
                steps[count++] = dt;
            }
        }
        return ofFirst(steps, count);
    }
}
