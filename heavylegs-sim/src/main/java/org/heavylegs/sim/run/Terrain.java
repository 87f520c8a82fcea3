package org.heavylegs.sim.run;

/**
 * How hilly a course is: a base altitude and hills of a given amplitude and wavelength. The
 * actual profile of one run ({@link Course}) adds random phases to this.
 */
public record Terrain(double baseAltitudeM, double amplitudeM, double wavelengthM) {

    public static Terrain flat(double base) {
        return new Terrain(base, 1.5, 900);
    }

    public static Terrain rolling(double base) {
        return new Terrain(base, 12, 2600);
    }

    public static Terrain hilly(double base) {
        return new Terrain(base, 45, 4200);
    }

    /** Long climbs and descents, a trail runner's course. */
    public static Terrain mountain(double base) {
        return new Terrain(base, 150, 9000);
    }
}
