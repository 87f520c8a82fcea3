package org.heavylegs.core.athlete;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The athlete parameters every formula needs, each either given (athlete.yaml), derived from the
 * athlete's own data, or a documented default; every value not given is listed in
 * {@link #assumptions()} so that each output can say what it assumed.
 *
 * @param hrMax               bpm
 * @param hrRest              bpm
 * @param thresholdHr         bpm (lactate threshold heart rate)
 * @param thresholdPaceSPerKm s/km, NaN when neither given nor derivable
 * @param bodyMassKg          kg
 * @param sex                 never null (assumed when not given)
 * @param ageYears            NaN when birth year unknown
 */
public record Physiology(double hrMax, double hrRest, double thresholdHr, double thresholdPaceSPerKm,
                         double bodyMassKg, Sex sex, double ageYears, List<String> assumptions) {

    /** Tanaka, Monahan & Seals 2001 (J Am Coll Cardiol 37:153): HRmax = 208 - 0.7 x age. */
    static final double TANAKA_INTERCEPT = 208.0;
    static final double TANAKA_SLOPE = 0.7;
    /** Age assumed when no birth year is given [heuristic: a typical recreational runner]. */
    static final double DEFAULT_AGE_YEARS = 40.0;
    /**
     * A recorded heart rate this far above a given hr_max is named as doubtful [heuristic: beyond the
     * beat or two a sensor reads off, the given value is more likely wrong than the recording].
     */
    public static final double HR_MAX_EXCEEDED_BPM = 3;
    /** Resting HR assumed without profile or wellness data [heuristic: a typical adult runner]. */
    static final double DEFAULT_HR_REST = 60.0;
    /** Days of wellness resting HR used for the median when hr_rest is not given. */
    static final int HR_REST_WINDOW_DAYS = 28;
    /**
     * LTHR default as a heart-rate-reserve fraction, HRrest + 0.85 (HRmax - HRrest): the default
     * used by Elevate's HRSS (SCIENCE.md 10.2 b; a tool convention, grade C).
     */
    static final double LTHR_HRR_FRACTION = 0.85;
    /** Body mass assumed when neither profile nor wellness log gives one [heuristic]. */
    static final double DEFAULT_BODY_MASS_KG = 70.0;

    public Physiology {
        assumptions = List.copyOf(assumptions);
    }

    /**
     * @param athlete        the profile as given (use {@link Athlete#UNKNOWN} when there is none)
     * @param asOf           the date the analysis is for (ages and windows end here)
     * @param wellness       wellness days (any order); used for resting HR and body mass
     * @param observedMaxHr  the highest plausible HR seen in the athlete's recordings, or NaN;
     *                       an estimated HRmax is raised to it, because a recorded value beats a formula
     */
    public static Physiology resolve(Athlete athlete, LocalDate asOf, List<WellnessDay> wellness, double observedMaxHr) {
        List<String> assumed = new ArrayList<>();
        double age = athlete.birthYear() == null ? Double.NaN : asOf.getYear() - athlete.birthYear();

        double hrMax;
        if (athlete.hrMax() != null) {
            hrMax = athlete.hrMax();
            if (Double.isFinite(observedMaxHr) && observedMaxHr > hrMax + HR_MAX_EXCEEDED_BPM) {
                assumed.add(fmt("hr_max %.0f as given, but your recordings reach %.0f bpm: heart-rate zones and loads are "
                        + "read against %.0f; check hr_max in athlete.yaml", hrMax, observedMaxHr, hrMax));
            }
        } else {
            double a = Double.isNaN(age) ? DEFAULT_AGE_YEARS : age;
            double estimate = TANAKA_INTERCEPT - TANAKA_SLOPE * a;
            if (Double.isFinite(observedMaxHr) && observedMaxHr > estimate) {
                hrMax = observedMaxHr;
                assumed.add(fmt("hr_max taken as %.0f, the highest heart rate in your recordings (above the age estimate %.0f)",
                        hrMax, estimate));
            } else {
                hrMax = estimate;
                assumed.add(Double.isNaN(age)
                        ? fmt("hr_max estimated as %.0f from an assumed age of %.0f (Tanaka 2001); give hr_max or birth_year", hrMax, a)
                        : fmt("hr_max estimated as %.0f from age %.0f (Tanaka 2001)", hrMax, a));
            }
        }

        double hrRest;
        if (athlete.hrRest() != null) {
            hrRest = athlete.hrRest();
        } else {
            double median = recentMedian(wellness, asOf, true);
            if (!Double.isNaN(median)) {
                hrRest = median;
                assumed.add(fmt("hr_rest taken as %.0f, the median resting HR of the wellness days (wellness.csv, an export or the dashboard) of the last %d days", hrRest, HR_REST_WINDOW_DAYS));
            } else {
                hrRest = DEFAULT_HR_REST;
                assumed.add(fmt("hr_rest assumed %.0f bpm; give hr_rest or resting_hr in wellness.csv", hrRest));
            }
        }

        double thresholdHr;
        if (athlete.thresholdHr() != null) {
            thresholdHr = athlete.thresholdHr();
        } else {
            thresholdHr = hrRest + LTHR_HRR_FRACTION * (hrMax - hrRest);
            assumed.add(fmt("threshold_hr estimated as %.0f (85 %% of heart-rate reserve)", thresholdHr));
        }

        double thresholdPace = athlete.thresholdPaceSPerKm() == null ? Double.NaN : athlete.thresholdPaceSPerKm();
        if (Double.isNaN(thresholdPace)) {
            assumed.add("threshold_pace unknown: pace-based load (rTSS) is not computed; give threshold_pace");
        }

        double mass;
        if (athlete.bodyMassKg() != null) {
            mass = athlete.bodyMassKg();
        } else {
            double m = recentMedian(wellness, asOf, false);
            if (!Double.isNaN(m)) {
                mass = m;
                assumed.add(fmt("body mass taken as %.1f kg from the wellness days (wellness.csv, an export or the dashboard)", mass));
            } else {
                mass = DEFAULT_BODY_MASS_KG;
                assumed.add(fmt("body mass assumed %.0f kg; give body_mass_kg", mass));
            }
        }

        Sex sex = athlete.sex();
        if (sex == null) {
            sex = Sex.MALE;
            assumed.add("sex not given: male formulas assumed for TRIMP; give sex");
        }
        return new Physiology(hrMax, hrRest, thresholdHr, thresholdPace, mass, sex, age, assumed);
    }

    /** Heart-rate-reserve fraction of a heart rate. */
    public double hrReserveFraction(double hr) {
        return (hr - hrRest) / (hrMax - hrRest);
    }

    private static double recentMedian(List<WellnessDay> wellness, LocalDate asOf, boolean restingHr) {
        LocalDate from = asOf.minusDays(HR_REST_WINDOW_DAYS - 1L);
        double[] values = wellness.stream()
                .filter(d -> !d.date().isBefore(from) && !d.date().isAfter(asOf))
                .map(d -> restingHr ? d.restingHr() : d.bodyMassKg())
                .filter(v -> v != null && Double.isFinite(v))
                .mapToDouble(Double::doubleValue)
                .sorted()
                .toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    @Override
    public String toString() {
        return "Physiology" + Arrays.asList(hrMax, hrRest, thresholdHr, thresholdPaceSPerKm, bodyMassKg, sex, ageYears);
    }
}
