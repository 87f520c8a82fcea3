package org.heavylegs.web.view;

import java.util.List;
import java.util.Map;
import org.heavylegs.web.input.Checked;
import org.heavylegs.web.input.Submission;

/**
 * A form as the page shows it: the values to fill in (what was sent, so nothing typed is lost on an
 * error), the error next to each field, general errors, notes, and a success message.
 */
public record FormView(Submission values, Map<String, String> errors, List<String> generalErrors, List<String> notes,
                       String saved) {

    public static FormView empty() {
        return new FormView(new Submission(Map.of()), Map.of(), List.of(), List.of(), null);
    }

    public static FormView of(Submission values) {
        return new FormView(values, Map.of(), List.of(), List.of(), null);
    }

    /** The form filled in again with what was sent and what is wrong with it. */
    public static FormView rejected(Submission sent, Checked<?> checked) {
        return new FormView(sent, checked.fieldErrors(), checked.errors(), checked.notes(), null);
    }

    public FormView withSaved(String message) {
        return new FormView(values, errors, generalErrors, notes, message);
    }

    public String value(String field) {
        return values.first(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean invalid(String field) {
        return errors.containsKey(field);
    }

    /** True when {@code field} was given as {@code option} (radio buttons, checkboxes, selects). */
    public boolean is(String field, String option) {
        return values.all(field).contains(option);
    }

    /** True for the "not answered" choice of a radio group: nothing given. */
    public boolean unanswered(String field) {
        return values.all(field).isEmpty();
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || !generalErrors.isEmpty();
    }
}
