package org.heavylegs.core.plan;

import java.math.BigDecimal;

/** How plan numbers are rounded: to steps a runner can follow (50 mL, 5 g, 10 mg, whole spm). */
final class Rounding {
    private Rounding() {
    }

    /** Rounds to the nearest multiple of {@code step}, without binary residue (1.4, not 1.4000000000000001). */
    static double to(double v, double step) {
        if (!Double.isFinite(v)) {
            return v;
        }
        BigDecimal s = BigDecimal.valueOf(step);
        return BigDecimal.valueOf(Math.round(v / step)).multiply(s).stripTrailingZeros().doubleValue();
    }
}
