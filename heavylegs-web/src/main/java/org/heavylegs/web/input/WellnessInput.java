package org.heavylegs.web.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.formats.folder.Parsed;
import org.heavylegs.formats.folder.WellnessCsv;

/** One wellness day (the columns of wellness.csv), checked by the wellness.csv reader. */
public final class WellnessInput {

    public static final List<String> FIELDS = WellnessCsv.COLUMNS;

    private WellnessInput() {
    }

    /** @param today a day after it is refused as being in the future */
    public static Checked<WellnessDay> check(Submission s, LocalDate today) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>(ReaderCheck.unknownFields(s, FIELDS));
        List<String> notes = new ArrayList<>();
        Parsed<WellnessDay> parsed = WellnessCsv.parse(ReaderCheck.LABEL, ReaderCheck.oneRowCsv(FIELDS, s), today);
        ReaderCheck.sort(parsed.problems(), FIELDS, fieldErrors, errors, notes);
        WellnessDay day = parsed.values().isEmpty() ? null : parsed.values().get(0);
        if (day != null && isEmpty(day)) {
            errors.add("no value given: fill in at least one of resting HR, HRV, sleep, body mass or the 0-10 scales");
        }
        return ReaderCheck.result(day, fieldErrors, errors, notes);
    }

    private static boolean isEmpty(WellnessDay d) {
        return d.restingHr() == null && d.hrvRmssdMs() == null && d.sleepH() == null && d.bodyMassKg() == null
                && d.soreness() == null && d.fatigue() == null && d.stress() == null && d.motivation() == null
                && d.heavyLegs() == null;
    }
}
