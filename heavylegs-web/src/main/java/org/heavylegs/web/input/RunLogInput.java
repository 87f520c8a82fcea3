package org.heavylegs.web.input;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.formats.folder.Parsed;
import org.heavylegs.formats.folder.RunsCsv;

/** One run-log entry (the columns of runs.csv), checked by the runs.csv reader. */
public final class RunLogInput {

    public static final List<String> FIELDS = RunsCsv.COLUMNS;

    private RunLogInput() {
    }

    /**
     * @param zone  the athlete's time zone, for a start given without an offset
     * @param today a run after it is refused as being in the future
     */
    public static Checked<RunLogEntry> check(Submission s, ZoneId zone, LocalDate today) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>(ReaderCheck.unknownFields(s, FIELDS));
        List<String> notes = new ArrayList<>();
        Parsed<RunLogEntry> parsed = RunsCsv.parse(ReaderCheck.LABEL, ReaderCheck.oneRowCsv(FIELDS, s), zone, today);
        ReaderCheck.sort(parsed.problems(), FIELDS, fieldErrors, errors, notes);
        RunLogEntry e = parsed.values().isEmpty() ? null : parsed.values().get(0);
        if (e != null && s.fields().keySet().stream().noneMatch(f -> !f.equals("start"))) {
            errors.add("no value given: fill in at least one of body mass, fluids, carbohydrate, sodium, RPE, "
                    + "heavy legs, weather, warm-up or notes");
        }
        return ReaderCheck.result(e, fieldErrors, errors, notes);
    }
}
