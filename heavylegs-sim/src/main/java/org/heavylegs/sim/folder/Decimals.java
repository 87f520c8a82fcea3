package org.heavylegs.sim.folder;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as a person writes them in a CSV file: rounded, no trailing zeros, empty when absent. */
final class Decimals {
    private Decimals() {
    }

    static String of(Double value, int decimals) {
        if (value == null || !Double.isFinite(value)) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }
}
