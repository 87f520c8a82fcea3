package org.heavylegs.web.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a client sent for one form or API object: field name to the values given (a form field may
 * repeat, e.g. checkboxes), blanks dropped. Field names are the column and key names of the athlete
 * folder files (DESIGN.md 2.2), e.g. "resting_hr", "symptoms.cramps".
 */
public record Submission(Map<String, List<String>> fields) {

    public Submission {
        Map<String, List<String>> clean = new LinkedHashMap<>();
        fields.forEach((k, vs) -> {
            List<String> kept = new ArrayList<>();
            for (String v : vs == null ? List.<String>of() : vs) {
                if (v != null && !v.isBlank()) {
                    kept.add(v.strip());
                }
            }
            if (!kept.isEmpty()) {
                clean.put(k, List.copyOf(kept));
            }
        });
        fields = java.util.Collections.unmodifiableMap(clean);
    }

    public static Submission of(Map<String, String> single) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        single.forEach((k, v) -> m.put(k, v == null ? List.of() : List.of(v)));
        return new Submission(m);
    }

    /** The first value given for a field, or null. */
    public String first(String field) {
        List<String> v = fields.get(field);
        return v == null ? null : v.get(0);
    }

    public List<String> all(String field) {
        return fields.getOrDefault(field, List.of());
    }

    /** A copy with one more field (e.g. a run's start fixed by the page it was sent from). */
    public Submission with(String field, String value) {
        Map<String, List<String>> m = new LinkedHashMap<>(fields);
        m.put(field, List.of(value));
        return new Submission(m);
    }

    /** A copy without the named fields (e.g. the form's own submit button). */
    public Submission without(List<String> names) {
        Map<String, List<String>> m = new LinkedHashMap<>(fields);
        names.forEach(m::remove);
        return new Submission(m);
    }
}
