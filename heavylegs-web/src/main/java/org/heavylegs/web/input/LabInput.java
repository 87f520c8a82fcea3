package org.heavylegs.web.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.formats.folder.LabsCsv;
import org.heavylegs.formats.folder.Parsed;

/** One lab value (date, test, value, unit as in labs.csv), checked and converted by the labs.csv reader. */
public final class LabInput {

    public static final List<String> FIELDS = LabsCsv.COLUMNS;

    private LabInput() {
    }

    public static Checked<LabValue> check(Submission s, LocalDate today) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>(ReaderCheck.unknownFields(s, FIELDS));
        List<String> notes = new ArrayList<>();
        Parsed<LabValue> parsed = LabsCsv.parse(ReaderCheck.LABEL, ReaderCheck.oneRowCsv(FIELDS, s), today);
        ReaderCheck.sort(parsed.problems(), FIELDS, fieldErrors, errors, notes);
        return ReaderCheck.result(parsed.values().isEmpty() ? null : parsed.values().get(0), fieldErrors, errors, notes);
    }
}
