package org.heavylegs.core.plan;

/** How plan numbers are rounded: to steps a runner can follow (50 mL, 5 g, 10 mg, whole spm). */
final class Rounding {
    private Rounding() {
    }

    /** Rounds to the nearest multiple of {@code step}. */
    static double to(double v, double step) {
        return Math.round(v / step) * step;
    }
}
