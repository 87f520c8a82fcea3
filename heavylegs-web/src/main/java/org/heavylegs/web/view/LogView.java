package org.heavylegs.web.view;

import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.core.unit.LabUnits;

/** The page with the three log forms (wellness day, run log, lab value) and the latest entries. */
public record LogView(FormView wellness, FormView runLog, FormView lab, List<String> recentWellness,
                      List<String> recentLabs, String today, String zone) {

    /** Latest entries shown under the forms. */
    public static final int RECENT = 10;

    /** A lab test for the select: its key and the units accepted for it (core's LabUnits). */
    public record Test(String key, String label, String units) {
    }

    public static LogView of(FormView wellness, FormView runLog, FormView lab, List<WellnessDay> days, List<LabValue> labs,
                             String today, String zone) {
        List<String> w = new ArrayList<>();
        for (int i = days.size() - 1; i >= 0 && w.size() < RECENT; i--) {
            w.add(describe(days.get(i)));
        }
        List<String> l = new ArrayList<>();
        for (int i = labs.size() - 1; i >= 0 && l.size() < RECENT; i--) {
            LabValue v = labs.get(i);
            l.add(v.date() + " " + v.test().key() + " " + Units.number(v.givenValue(), v.givenUnit())
                    + (v.givenUnit().equals(v.test().canonicalUnit()) ? "" : " = " + Units.number(v.value(), v.test().canonicalUnit())));
        }
        return new LogView(wellness, runLog, lab, w, l, today, zone);
    }

    public static List<Test> tests() {
        List<Test> out = new ArrayList<>();
        for (LabTest t : LabTest.values()) {
            out.add(new Test(t.key(), Names.of(t.key()), String.join(", ", LabUnits.acceptedUnits(t))));
        }
        return out;
    }

    static String describe(WellnessDay d) {
        List<String> parts = new ArrayList<>();
        add(parts, "resting HR", d.restingHr(), "bpm");
        add(parts, "HRV", d.hrvRmssdMs(), "ms");
        add(parts, "sleep", d.sleepH(), "h");
        add(parts, "body mass", d.bodyMassKg(), "kg");
        add(parts, "soreness", d.soreness(), "/10");
        add(parts, "fatigue", d.fatigue(), "/10");
        add(parts, "stress", d.stress(), "/10");
        add(parts, "motivation", d.motivation(), "/10");
        add(parts, "heavy legs", d.heavyLegs(), "/10");
        return d.date() + ": " + (parts.isEmpty() ? "no values" : String.join(", ", parts));
    }

    private static void add(List<String> parts, String label, Double v, String unit) {
        if (v != null) {
            parts.add(label + " " + Units.number(v, unit));
        }
    }
}
