package org.heavylegs.core.athlete;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The widest values a person's logs can plausibly hold. A value outside is taken as a typing or
 * unit mistake (resting HR 400, body mass 7000) and its row is refused with the range in the message.
 * These are limits of possibility, not reference ranges: all are [heuristic], chosen generously so
 * that a real but unusual value (an elite's resting HR of 30, an ultra of 30 hours) still passes.
 */
public final class Plausible {

    /** A closed interval with its unit, for checks and messages. */
    public record Range(double min, double max, String unit) {
        public boolean contains(double v) {
            return v >= min && v <= max;
        }

        /** "between 25 and 150 bpm" */
        public String describe() {
            return String.format(Locale.ROOT, "between %s and %s%s", num(min), num(max), unit.isEmpty() ? "" : " " + unit);
        }

        private static String num(double v) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        }
    }

    /** Heart rate in any recording or profile field [heuristic]. */
    public static final Range HEART_RATE = new Range(20, 250, "bpm");
    /** Resting heart rate: elite endurance athletes reach the high 20s; above 150 is not resting [heuristic]. */
    public static final Range RESTING_HR = new Range(25, 150, "bpm");
    /** Maximal heart rate as a profile value [heuristic]. */
    public static final Range HR_MAX = new Range(100, 240, "bpm");
    /** rMSSD of a morning HRV reading [heuristic]. */
    public static final Range HRV_RMSSD_MS = new Range(1, 400, "ms");
    /** Hours slept in one night (a day holds 24) [heuristic]. */
    public static final Range SLEEP_H = new Range(0, 24, "h");
    /** Adult body mass [heuristic]. */
    public static final Range BODY_MASS_KG = new Range(25, 250, "kg");
    /** Height [heuristic]. */
    public static final Range HEIGHT_CM = new Range(100, 250, "cm");
    /** The 0-10 questionnaire scales of wellness.csv and runs.csv (DESIGN.md 2.2). */
    public static final Range SCALE_0_10 = new Range(0, 10, "");
    /** Fluid drunk during one run [heuristic; 10 L would already be dangerous]. */
    public static final Range FLUID_ML = new Range(0, 15_000, "mL");
    /** Urine passed during one run [heuristic]. */
    public static final Range URINE_ML = new Range(0, 5_000, "mL");
    /** Carbohydrate eaten during one run [heuristic]. */
    public static final Range CARBS_G = new Range(0, 2_000, "g");
    /** Sodium taken during one run [heuristic]. */
    public static final Range SODIUM_MG = new Range(0, 30_000, "mg");
    /** Air temperature during a run [heuristic; record extremes are about -90 and +57 degC]. */
    public static final Range TEMPERATURE_C = new Range(-60, 60, "degC");
    public static final Range HUMIDITY_PCT = new Range(0, 100, "%");
    /** Minutes of warm-up [heuristic]. */
    public static final Range WARMUP_MIN = new Range(0, 240, "min");
    /** Shoe mileage [heuristic]. */
    public static final Range SHOE_KM = new Range(0, 20_000, "km");
    /** Threshold pace, seconds per km (2:00 to 15:00 per km) [heuristic]. */
    public static final Range THRESHOLD_PACE_S_PER_KM = new Range(120, 900, "s/km");
    /** Days since heavy legs began (up to 30 years) [heuristic]. */
    public static final Range SYMPTOM_DAYS = new Range(0, 11_000, "days");
    /** The earliest date a log row may carry [heuristic; before consumer heart-rate watches]. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1980, 1, 1);
    /** The earliest birth year [heuristic]. */
    public static final int EARLIEST_BIRTH_YEAR = 1900;
    /** The youngest age whose birth year we accept [heuristic]. */
    public static final int MIN_AGE_YEARS = 5;

    private Plausible() {
    }

    /** The plausible range of a lab value in its canonical unit ({@link LabTest#canonicalUnit()}) [heuristic]. */
    public static Range lab(LabTest test) {
        return switch (test) {
            case HEMOGLOBIN -> new Range(30, 250, "g/L");
            case FERRITIN -> new Range(0, 10_000, "ug/L");
            case TRANSFERRIN_SATURATION -> new Range(0, 100, "%");
            case SODIUM -> new Range(90, 190, "mmol/L");
            case POTASSIUM -> new Range(1, 10, "mmol/L");
            case MAGNESIUM -> new Range(0.1, 5, "mmol/L");
            case CALCIUM -> new Range(0.5, 5, "mmol/L");
            case ALBUMIN -> new Range(5, 80, "g/L");
            case CRP -> new Range(0, 1_000, "mg/L");
            case HBA1C -> new Range(2, 25, "%");
        };
    }
}
