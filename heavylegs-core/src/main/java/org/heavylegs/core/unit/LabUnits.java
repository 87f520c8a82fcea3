package org.heavylegs.core.unit;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.heavylegs.core.athlete.LabTest;

/**
 * Converts a lab value from the unit written in labs.csv into the canonical unit of its test
 * ({@link LabTest#canonicalUnit()}). Unit spellings are compared case-insensitively, ignoring
 * spaces, with µ/μ/mc read as u ("µg/L" = "ug/L" = "mcg/L").
 */
public final class LabUnits {

    /**
     * Haemoglobin: 1 mmol/L = 16.1 g/L. The mmol/L unit counts the haem-bearing monomer Hb(Fe),
     * molar mass about 16,114 g/mol (a quarter of the 64,458 g/mol tetramer); the SI conversion
     * factor 0.6206 mmol/L per g/dL is the one in Young 1987 (Ann Intern Med 106:114-129,
     * "Implementation of SI units for clinical laboratory data") [recalled].
     */
    public static final double HEMOGLOBIN_G_PER_L_PER_MMOL_L = 16.1;
    /** Magnesium: 1 mmol/L = 2.43 mg/dL (molar mass 24.305 g/mol; SCIENCE.md 3.1). */
    public static final double MAGNESIUM_MG_DL_PER_MMOL_L = 2.43;
    /** Calcium: 1 mmol/L = 4.008 mg/dL (molar mass 40.078 g/mol; SCIENCE.md 3.1). */
    public static final double CALCIUM_MG_DL_PER_MMOL_L = 4.008;
    /** 1 g/dL = 10 g/L, 1 mg/dL = 10 mg/L (a decilitre is a tenth of a litre). */
    public static final double PER_DL_TO_PER_L = 10.0;
    /**
     * HbA1c, the IFCC-NGSP master equation: NGSP (%) = 0.09148 x IFCC (mmol/mol) + 2.152
     * (Hoelzel W, Weykamp C, Jeppsson JO et al. 2004, Clin Chem 50:166-174).
     */
    public static final double HBA1C_NGSP_SLOPE = 0.09148;
    public static final double HBA1C_NGSP_INTERCEPT_PCT = 2.152;

    private LabUnits() {
    }

    /** The unit spellings accepted for a test, as shown in messages and docs. */
    public static List<String> acceptedUnits(LabTest test) {
        return switch (test) {
            case HEMOGLOBIN -> List.of("g/dL", "g/L", "mmol/L");
            case FERRITIN -> List.of("ng/mL", "ug/L");
            case TRANSFERRIN_SATURATION -> List.of("%");
            case SODIUM, POTASSIUM -> List.of("mmol/L", "mEq/L");
            case MAGNESIUM, CALCIUM -> List.of("mmol/L", "mg/dL");
            case ALBUMIN -> List.of("g/L", "g/dL");
            case CRP -> List.of("mg/L", "mg/dL");
            case HBA1C -> List.of("%", "mmol/mol");
        };
    }

    /** The value in the test's canonical unit, or empty when the unit is not one we know for it. */
    public static OptionalDouble toCanonical(LabTest test, String unit, double value) {
        String u = normalize(unit);
        double factor;
        switch (test) {
            case HEMOGLOBIN -> {
                switch (u) {
                    case "g/l" -> factor = 1;
                    case "g/dl" -> factor = PER_DL_TO_PER_L;
                    case "mmol/l" -> factor = HEMOGLOBIN_G_PER_L_PER_MMOL_L;
                    default -> {
                        return OptionalDouble.empty();
                    }
                }
            }
            case FERRITIN -> {
                if (!u.equals("ng/ml") && !u.equals("ug/l")) {
                    return OptionalDouble.empty();
                }
                factor = 1;
            }
            case TRANSFERRIN_SATURATION -> {
                if (!u.equals("%")) {
                    return OptionalDouble.empty();
                }
                factor = 1;
            }
            case SODIUM, POTASSIUM -> {
                // monovalent ions: 1 mEq = 1 mmol
                if (!u.equals("mmol/l") && !u.equals("meq/l")) {
                    return OptionalDouble.empty();
                }
                factor = 1;
            }
            case MAGNESIUM, CALCIUM -> {
                switch (u) {
                    case "mmol/l" -> factor = 1;
                    case "mg/dl" -> factor = 1 / (test == LabTest.MAGNESIUM ? MAGNESIUM_MG_DL_PER_MMOL_L : CALCIUM_MG_DL_PER_MMOL_L);
                    default -> {
                        return OptionalDouble.empty();
                    }
                }
            }
            case ALBUMIN -> {
                switch (u) {
                    case "g/l" -> factor = 1;
                    case "g/dl" -> factor = PER_DL_TO_PER_L;
                    default -> {
                        return OptionalDouble.empty();
                    }
                }
            }
            case CRP -> {
                switch (u) {
                    case "mg/l" -> factor = 1;
                    case "mg/dl" -> factor = PER_DL_TO_PER_L;
                    default -> {
                        return OptionalDouble.empty();
                    }
                }
            }
            case HBA1C -> {
                switch (u) {
                    case "%" -> {
                        return OptionalDouble.of(value);
                    }
                    case "mmol/mol" -> {
                        return OptionalDouble.of(ngspPercentFromIfcc(value));
                    }
                    default -> {
                        return OptionalDouble.empty();
                    }
                }
            }
            default -> {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.of(value * factor);
    }

    /** HbA1c in NGSP/DCCT % from IFCC mmol/mol (master equation, Hoelzel 2004). */
    public static double ngspPercentFromIfcc(double ifccMmolPerMol) {
        return HBA1C_NGSP_SLOPE * ifccMmolPerMol + HBA1C_NGSP_INTERCEPT_PCT;
    }

    static String normalize(String unit) {
        if (unit == null) {
            return "";
        }
        String u = unit.strip().toLowerCase(Locale.ROOT).replace(" ", "")
                .replace('\u00b5', 'u').replace('\u03bc', 'u');
        if (u.startsWith("mc")) {
            u = "u" + u.substring(2);
        }
        return u;
    }
}
