package org.heavylegs.sim.run;

import java.util.SplittableRandom;

/**
 * The altitude profile of one run: three superposed sine hills of the terrain's wavelength and
 * shorter ones, with random phases, as a function of the distance run.
 */
final class Course {
    /** Steepest grade the profile returns; runnable roads and trails rarely exceed this. */
    static final double MAX_GRADE = 0.25;
    private static final double[] WEIGHTS = {0.6, 0.3, 0.1};
    private static final double[] WAVELENGTH_SHARES = {1.0, 0.37, 0.13};

    private final Terrain terrain;
    private final double[] phases = new double[3];

    Course(Terrain terrain, SplittableRandom rnd) {
        this.terrain = terrain;
        for (int k = 0; k < phases.length; k++) {
            phases[k] = 2 * Math.PI * rnd.nextDouble();
        }
    }

    double altitude(double meters) {
        double a = 0;
        for (int k = 0; k < WEIGHTS.length; k++) {
            a += WEIGHTS[k] * Math.sin(2 * Math.PI * meters / (terrain.wavelengthM() * WAVELENGTH_SHARES[k]) + phases[k]);
        }
        return terrain.baseAltitudeM() + terrain.amplitudeM() * a;
    }

    /** Rise over run at a distance (the derivative of the profile), clamped. */
    double grade(double meters) {
        double g = 0;
        for (int k = 0; k < WEIGHTS.length; k++) {
            double lambda = terrain.wavelengthM() * WAVELENGTH_SHARES[k];
            g += WEIGHTS[k] * (2 * Math.PI / lambda) * Math.cos(2 * Math.PI * meters / lambda + phases[k]);
        }
        g *= terrain.amplitudeM();
        return Math.max(-MAX_GRADE, Math.min(MAX_GRADE, g));
    }
}
