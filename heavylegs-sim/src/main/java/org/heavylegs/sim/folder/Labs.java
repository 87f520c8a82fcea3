package org.heavylegs.sim.folder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;

/**
 * Builds lab results the way a lab report gives them (value and unit), with the value converted to
 * the canonical unit of {@link LabTest} as well. Conversions: Hb g/dL x 10 = g/L; ferritin ng/mL =
 * ug/L; Mg 1 mmol/L = 2.43 mg/dL; Ca 1 mmol/L = 4.008 mg/dL (SCIENCE.md 3.1); albumin g/dL x 10 =
 * g/L; HbA1c % = mmol/mol / 10.929 + 2.15 (IFCC-NGSP master equation).
 */
public final class Labs {
    private final List<LabValue> values = new ArrayList<>();

    public Labs add(LocalDate date, LabTest test, double value, String unit) {
        values.add(new LabValue(date, test, canonical(test, value, unit), value, unit, "labs.csv:" + (values.size() + 2)));
        return this;
    }

    /** Replaces the value of a test on a date (keeping its row), or adds it. */
    public Labs set(LocalDate date, LabTest test, double value, String unit) {
        for (int i = 0; i < values.size(); i++) {
            LabValue v = values.get(i);
            if (v.date().equals(date) && v.test() == test) {
                values.set(i, new LabValue(date, test, canonical(test, value, unit), value, unit, v.source()));
                return this;
            }
        }
        return add(date, test, value, unit);
    }

    public List<LabValue> list() {
        return List.copyOf(values);
    }

    static double canonical(LabTest test, double v, String unit) {
        return switch (unit) {
            case "g/dL" -> v * 10;
            case "mg/dL" -> test == LabTest.MAGNESIUM ? v / 2.43 : test == LabTest.CALCIUM ? v / 4.008 : fail(test, unit);
            case "mmol/mol" -> v / 10.929 + 2.15;
            case "g/L", "ug/L", "ng/mL", "mmol/L", "%", "mg/L" -> v;
            default -> fail(test, unit);
        };
    }

    private static double fail(LabTest test, String unit) {
        throw new IllegalArgumentException("no conversion for " + test.key() + " in " + unit);
    }
}
