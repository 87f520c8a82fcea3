package org.heavylegs.core.plan;

/**
 * Carbohydrate during exercise by duration, after Jeukendrup 2014 (Sports Med 44 Suppl 1:S25-S33;
 * SCIENCE.md 2.3): nothing needed under about 45 min; a mouth rinse or small amounts to about 75 min;
 * up to 30 g/h for 1-2 h [recalled row, UNCONFIRMED]; up to 60 g/h for 2-3 h (confirmed); up to 90 g/h
 * beyond 2.5 h with glucose and fructose together (confirmed). The advice does not depend on body mass
 * or training status (confirmed).
 */
public final class CarbIntakeGuide {

    /** Below this duration no carbohydrate is needed, h (Jeukendrup 2014: under 30-45 min). */
    public static final double NONE_BELOW_H = 0.75;
    /** Up to this duration a mouth rinse or small amounts suffice, h (Jeukendrup 2014: 45-75 min). */
    public static final double RINSE_BELOW_H = 1.25;
    /** Up to this duration, 30 g/h, h (Jeukendrup 2014, 1-2 h row [recalled]). */
    public static final double MODERATE_BELOW_H = 2.0;
    /** Beyond this duration, up to 90 g/h of multiple transportable carbohydrates (Jeukendrup 2014). */
    public static final double HIGH_FROM_H = 2.5;
    public static final double MODERATE_G_PER_H = 30;
    public static final double LONG_G_PER_H = 60;
    public static final double VERY_LONG_G_PER_H = 90;

    private CarbIntakeGuide() {
    }

    /** The upper intake of the table for a session of {@code hours}, g/h (0 under 75 min). */
    public static double gramsPerHour(double hours) {
        if (!(hours >= RINSE_BELOW_H)) {
            return 0;
        }
        if (hours < MODERATE_BELOW_H) {
            return MODERATE_G_PER_H;
        }
        return hours < HIGH_FROM_H ? LONG_G_PER_H : VERY_LONG_G_PER_H;
    }
}
