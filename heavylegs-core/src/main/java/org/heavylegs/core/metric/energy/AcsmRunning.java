package org.heavylegs.core.metric.energy;

/**
 * ACSM running equation (ACSM's Guidelines for Exercise Testing and Prescription; SCIENCE.md 10.9,
 * confirmed):
 * <pre>VO2 [mL/kg/min] = 0.2 S + 0.9 S G + 3.5</pre>
 * with S the speed in m/min and G the fractional grade. Valid above 134 m/min (or 80-134 m/min when
 * truly running); not meant for undulating outdoor courses.
 */
public final class AcsmRunning {
    static final double HORIZONTAL = 0.2;
    static final double VERTICAL = 0.9;
    static final double REST = 3.5;
    /** One MET, mL/kg/min. */
    public static final double MET = 3.5;
    /** The equation holds above this speed, m/min (or from 80 m/min when truly running). */
    public static final double VALID_FROM_M_PER_MIN = 134;

    private AcsmRunning() {
    }

    /** Oxygen uptake, mL/kg/min. */
    public static double vo2(double metresPerMinute, double grade) {
        return HORIZONTAL * metresPerMinute + VERTICAL * metresPerMinute * grade + REST;
    }

    /** The same in METs. */
    public static double mets(double metresPerMinute, double grade) {
        return vo2(metresPerMinute, grade) / MET;
    }
}
