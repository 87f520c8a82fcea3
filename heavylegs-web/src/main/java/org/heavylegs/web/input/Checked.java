package org.heavylegs.web.input;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of checking one submission: the value, or what is wrong with it, by field where the
 * reader named one ("resting_hr" -> "400 is not plausible (expected between 25 and 150 bpm)") and in
 * general otherwise; notes are warnings that did not stop it (e.g. a value read as a detection limit).
 */
public record Checked<T>(T value, Map<String, String> fieldErrors, List<String> errors, List<String> notes) {

    public Checked {
        fieldErrors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    public boolean ok() {
        return value != null && fieldErrors.isEmpty() && errors.isEmpty();
    }

    /** Every problem as one readable line per field, for JSON and logs. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        fieldErrors.forEach((f, m) -> sb.append(sb.length() == 0 ? "" : "; ").append(f).append(": ").append(m));
        errors.forEach(e -> sb.append(sb.length() == 0 ? "" : "; ").append(e));
        return sb.toString();
    }
}
