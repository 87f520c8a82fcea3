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
        Arrays.sort(values, 0, count);
        int mid = count / 2;
        return count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
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
