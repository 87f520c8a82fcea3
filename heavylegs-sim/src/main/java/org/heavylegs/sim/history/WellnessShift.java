package org.heavylegs.sim.history;

/**
 * How a day's morning values differ from the athlete's baseline (added before noise). Scales are
 * 0-10 points (motivation: 10 = highest); HRV is shifted in ln(rMSSD).
 */
public record WellnessShift(double restingHr, double lnRmssd, double sleepH, double massKg, double soreness,
                            double fatigue, double stress, double motivation, double heavyLegs) {

    public static final WellnessShift NONE = new WellnessShift(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** This shift scaled by a factor (for gradual onsets). */
    public WellnessShift times(double f) {
        return new WellnessShift(restingHr * f, lnRmssd * f, sleepH * f, massKg * f, soreness * f, fatigue * f,
                stress * f, motivation * f, heavyLegs * f);
    }

    public WellnessShift plus(WellnessShift o) {
        return new WellnessShift(restingHr + o.restingHr, lnRmssd + o.lnRmssd, sleepH + o.sleepH, massKg + o.massKg,
                soreness + o.soreness, fatigue + o.fatigue, stress + o.stress, motivation + o.motivation,
                heavyLegs + o.heavyLegs);
    }
}
