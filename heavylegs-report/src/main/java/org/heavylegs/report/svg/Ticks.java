package org.heavylegs.report.svg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Readable axis ticks: values on 1, 2 or 5 times a power of ten, dates on whole days, weeks or months. */
public final class Ticks {
    private static final double[] STEPS = {1, 2, 5, 10};
    private static final int[] DAY_STEPS = {1, 2, 7, 14, 28};

    private Ticks() {
    }

    /**
     * About {@code target} ticks covering [min, max]; the first and last tick enclose the range,
     * so they also serve as the axis domain. A flat range is widened around its value.
     */
    public static double[] nice(double min, double max, int target) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            return new double[] {0, 1};
        }
        if (max < min) {
            double t = min;
            min = max;
            max = t;
        }
        if (max - min < 1e-9) {
            double pad = Math.abs(min) > 1e-9 ? Math.abs(min) * 0.1 : 1;
            min -= pad;
            max += pad;
        }
        double raw = (max - min) / Math.max(1, target - 1);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag * 10;
        for (double s : STEPS) {
            if (s * mag >= raw) {
                step = s * mag;
                break;
            }
        }
        double first = Math.floor(min / step + 1e-9) * step;
        double last = Math.ceil(max / step - 1e-9) * step;
        int n = (int) Math.round((last - first) / step) + 1;
        double[] ticks = new double[n];
        for (int i = 0; i < n; i++) {
            ticks[i] = clean(first + i * step, step);
        }
        return ticks;
    }

    /** Removes floating noise such as 0.30000000000000004 by rounding to the step's decimals. */
    private static double clean(double v, double step) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step)) + 1);
        double f = Math.pow(10, decimals);
        double r = Math.round(v * f) / f;
        return r == 0 ? 0 : r;
    }

    /** Tick dates between first and last (inclusive), at most about {@code target}, on a whole-day step. */
    public static List<LocalDate> dates(LocalDate first, LocalDate last, int target) {
        long span = last.toEpochDay() - first.toEpochDay();
        List<LocalDate> out = new ArrayList<>();
        if (span <= 0) {
            out.add(first);
            return out;
        }
        if (span / 28 >= target) {
            LocalDate d = first.withDayOfMonth(1);
            if (d.isBefore(first)) {
                d = d.plusMonths(1);
            }
            int monthStep = (int) Math.max(1, Math.ceil(span / 30.4 / target));
            for (; !d.isAfter(last); d = d.plusMonths(monthStep)) {
                out.add(d);
            }
            return out;
        }
        int step = DAY_STEPS[DAY_STEPS.length - 1];
        for (int s : DAY_STEPS) {
            if (span / s < target) {
                step = s;
                break;
            }
        }
        for (long d = last.toEpochDay(); d >= first.toEpochDay(); d -= step) {
            out.add(0, LocalDate.ofEpochDay(d));
        }
        return out;
    }
}
