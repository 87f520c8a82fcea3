package org.heavylegs.core.metric.grade;

/**
 * Energy cost of running on a slope, Minetti AE, Moia C, Roi GS, Susta D, Ferretti G. Energy cost of
 * walking and running at extreme uphill and downhill slopes. J Appl Physiol 2002;93:1039-1046
 * (SCIENCE.md 10.8; polynomial confirmed in many implementations):
 * <pre>Cr(i) = 155.4 i^5 - 30.4 i^4 - 43.3 i^3 + 46.3 i^2 + 19.5 i + 3.6   [J/kg/m]</pre>
 * with i the grade (rise over run), fitted on -0.45..+0.45. The polynomial's level value (3.6) is
 * above the measured 3.40 J/kg/m, so only the ratio Cr(i)/Cr(0) is used to adjust speed.
 */
public final class Minetti {
    static final double C5 = 155.4;
    static final double C4 = -30.4;
    static final double C3 = -43.3;
    static final double C2 = 46.3;
    static final double C1 = 19.5;
    static final double C0 = 3.6;
    /** The grade range Minetti measured; grades beyond are clamped to it. */
    public static final double MAX_GRADE = 0.45;

    private Minetti() {
    }

    /** Cost of running at grade i (clamped to +-0.45), J/kg/m. */
    public static double cost(double grade) {
        double i = Math.max(-MAX_GRADE, Math.min(MAX_GRADE, grade));
        return ((((C5 * i + C4) * i + C3) * i + C2) * i + C1) * i + C0;
    }

    /** Cr(i)/Cr(0): how many flat metres one metre at this grade costs. */
    public static double costRatio(double grade) {
        return cost(grade) / C0;
    }

    /** Grade-adjusted (flat-equivalent) speed, m/s. */
    public static double gapSpeed(double speedMS, double grade) {
        return speedMS * costRatio(grade);
    }

    /** Grade-adjusted (flat-equivalent) pace, s/km. */
    public static double gapPace(double paceSPerKm, double grade) {
        return paceSPerKm / costRatio(grade);
    }
}
