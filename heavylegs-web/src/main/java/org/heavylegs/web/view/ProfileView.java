package org.heavylegs.web.view;

import java.util.List;
import org.heavylegs.formats.folder.AthleteYaml;

/** The profile and questionnaire form (athlete.yaml's keys, DESIGN.md 2.2). */
public record ProfileView(FormView form, String savedAt) {

    /** One choice of a radio group; the empty value means "not answered". */
    public record Option(String value, String label) {
    }

    public static final List<Option> YES_NO = List.of(new Option("true", "yes"), new Option("false", "no"),
            new Option("", "not answered"));
    public static final List<Option> SEX = List.of(new Option("female", "female"), new Option("male", "male"),
            new Option("", "not given"));
    public static final List<Option> SWELLING = List.of(new Option("none", "none"), new Option("both", "both legs"),
            new Option("one_side", "one leg only"), new Option("", "not answered"));

    /** Yes/no questions, by key under symptoms, with the question asked. */
    public static final List<Option> QUESTIONS = List.of(
            new Option("heaviness_first_km_only", "Is the heaviness only in the first kilometres, easing after 10–15 minutes?"),
            new Option("heaviness_worse_standing", "Is it worse after standing or late in the day, and better with the legs raised?"),
            new Option("claudication", "Do you get leg pain when walking that goes within 10 minutes of standing still?"),
            new Option("calf_pain_at_rest", "Do you have calf pain at rest?"),
            new Option("chest_pain", "Chest pain when running?"),
            new Option("dizziness", "Dizziness or light-headedness?"),
            new Option("breathlessness", "Unusual breathlessness?"),
            new Option("cramps", "Muscle cramps?"),
            new Option("numbness", "Numbness or tingling in the legs?"),
            new Option("heavy_menstrual_bleeding", "Heavy menstrual bleeding?"),
            new Option("dark_urine", "Dark urine after runs?"));

    public static List<String> conditions() {
        return AthleteYaml.KNOWN_CONDITIONS;
    }

    public static List<String> medications() {
        return AthleteYaml.KNOWN_MEDICATIONS;
    }

    public static List<String> diets() {
        return AthleteYaml.KNOWN_DIETS;
    }
}
