package org.heavylegs.formats.fit;

/**
 * What goes into {@link org.heavylegs.core.activity.Channel#CADENCE_SPM}. FIT stores cadence in
 * rpm plus a 1/128 fraction. For foot sports that rpm counts one leg's strides, so steps per minute
 * are {@code 2 × (cadence + fractional_cadence)}. For every other sport (cycling rpm, rowing and
 * swimming strokes per minute) we keep the device's number as it is: the channel then holds that
 * sport's own cadence, and only foot sports are ever read as steps per minute.
 */
final class Cadence {
    /** FIT sport numbers whose cadence counts one leg's strides: running, walking, hiking, mountaineering, snowshoeing. */
    private static final int[] FOOT_SPORTS = {1, 11, 16, 17, 35};

    private Cadence() {
    }

    static boolean isFootSport(int sport) {
        for (int s : FOOT_SPORTS) {
            if (s == sport) {
                return true;
            }
        }
        return false;
    }

    /** The channel value from the stored cadence and fraction (fraction NaN counts as 0). */
    static double toChannel(int sport, double cadence, double fraction) {
        double c = cadence + (Double.isNaN(fraction) ? 0 : fraction);
        return isFootSport(sport) ? 2 * c : c;
    }
}
