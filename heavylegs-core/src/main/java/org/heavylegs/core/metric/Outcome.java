package org.heavylegs.core.metric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one metric computed: values by key (a finite double, a short string or a boolean), a reason
 * for each key it could not compute, and notes that belong to the output's assumptions (e.g. "grade
 * taken as flat: no altitude"). A key with neither value nor own reason falls back to the
 * outcome-wide reason.
 */
public final class Outcome {
    /** Reason used when a metric hands over a NaN without saying why. */
    static final String NOT_COMPUTABLE = "not computable from these samples";

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> reasons = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final String reasonForAll;

    private Outcome(String reasonForAll) {
        this.reasonForAll = reasonForAll;
    }

    /** No key of the metric can be computed, for the given reason (e.g. "needs heart rate"). */
    public static Outcome notApplicable(String reason) {
        return new Outcome(reason);
    }

    /** An outcome to fill with {@code with(...)}. */
    public static Outcome values() {
        return new Outcome(null);
    }

    /** A number; NaN or infinity is stored as not applicable with a generic reason. */
    public Outcome with(String key, double value) {
        if (Double.isFinite(value)) {
            values.put(key, value);
        } else {
            reasons.putIfAbsent(key, NOT_COMPUTABLE);
        }
        return this;
    }

    public Outcome with(String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
        return this;
    }

    public Outcome with(String key, boolean value) {
        values.put(key, value);
        return this;
    }

    /** One key is not applicable, for this reason. */
    public Outcome without(String key, String reason) {
        values.remove(key);
        reasons.put(key, reason);
        return this;
    }

    /** A note for the assumptions of the output (kept once even when several metrics add it). */
    public Outcome note(String note) {
        notes.add(note);
        return this;
    }

    public Map<String, Object> valueMap() {
        return Collections.unmodifiableMap(values);
    }

    /** The reason a key is missing: its own, else the outcome-wide one, else a generic one. */
    public String reasonFor(String key) {
        String own = reasons.get(key);
        if (own != null) {
            return own;
        }
        return reasonForAll != null ? reasonForAll : NOT_COMPUTABLE;
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }
}
