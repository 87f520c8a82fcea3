package org.heavylegs.core.metric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All per-run metrics of one activity in the order of {@link Metrics#all()}: every declared key is
 * either a value (a Double, a short String such as warmup_quality "adequate", or a Boolean) or
 * not applicable with a reason. Notes are what the metrics assumed; show them with the athlete
 * assumptions in every output.
 */
public final class MetricResults {
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> notApplicable = new LinkedHashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final Set<String> notes = new LinkedHashSet<>();

    void put(String key, Object value) {
        keys.add(key);
        values.put(key, value);
    }

    void notApplicable(String key, String reason) {
        keys.add(key);
        notApplicable.put(key, reason);
    }

    void note(String note) {
        notes.add(note);
    }

    /** Every key, computed or not, in output order. */
    public List<String> keys() {
        return Collections.unmodifiableList(keys);
    }

    /** Computed values by key, in output order. */
    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    /** Reasons by key for what could not be computed, in output order. */
    public Map<String, String> notApplicable() {
        return Collections.unmodifiableMap(notApplicable);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** A numeric value, or NaN when the key is absent, not applicable or not a number. */
    public double number(String key) {
        return values.get(key) instanceof Double d ? d : Double.NaN;
    }

    public Optional<String> text(String key) {
        return values.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    public Optional<Boolean> flag(String key) {
        return values.get(key) instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The reason a key was not computed, if it was not. */
    public Optional<String> reason(String key) {
        return Optional.ofNullable(notApplicable.get(key));
    }
}
