package org.heavylegs.web.view;

import java.util.Map;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.report.explain.Labels;

/**
 * Readable words for the ids of DESIGN.md 2.3 and for findings: causes, strategies, red flags, markers
 * and plan numbers come from the report's {@link Labels}, so the dashboard names them as report.html and
 * the terminal do; {@link #of} is for the other ids (lab tests).
 */
public final class Names {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("glycogen_depletion", "Glycogen depletion"),
            Map.entry("electrolyte_imbalance", "Electrolyte imbalance"),
            Map.entry("poor_circulation", "Poor circulation"),
            Map.entry("inadequate_warmup", "Inadequate warm-up"),
            Map.entry("muscle_fatigue", "Muscle fatigue"),
            Map.entry("rest_recovery", "Rest and recovery"),
            Map.entry("warmup_cooldown", "Warm-up and cool-down"),
            Map.entry("footwear_form", "Footwear and form"),
            Map.entry("gradual_load", "Gradual load increase"),
            Map.entry("see_a_doctor", "See a doctor"),
            Map.entry("suspected_dvt", "Suspected deep vein thrombosis"));

    private Names() {
    }

    /** "glycogen_depletion" -> "Glycogen depletion"; unknown ids get their underscores turned into spaces. */
    public static String of(String id) {
        if (id == null) {
            return "";
        }
        String w = WORDS.get(id);
        if (w != null) {
            return w;
        }
        String s = id.replace('_', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Where the dashboard takes each file of the athlete folder that a missing-data hint names. */
    private static final String[][] FOLDER_FILES_TO_FORMS = {
        {"in runs.csv", "in the run log"},
        {"in wellness.csv", "in the wellness log"},
        {"in labs.csv", "in the lab log"},
        {"in athlete.yaml", "in the questionnaire"},
    };

    /**
     * A missing-data hint as the dashboard's user acts on it: the CLI's hints name the folder's files
     * ("soreness in wellness.csv would ..."), the dashboard's user fills in its forms instead.
     */
    public static String hint(String missing) {
        String s = missing;
        for (String[] r : FOLDER_FILES_TO_FORMS) {
            s = s.replace(r[0], r[1]);
        }
        return s;
    }

    /** A cause's title as the report and the terminal give it: "anemia" -> "Anemia or low iron". */
    public static String cause(String id) {
        return Labels.cause(id);
    }

    /** A plan strategy's title as the report and the terminal give it. */
    public static String strategy(String id) {
        return Labels.strategy(id);
    }

    /** A red flag's title as the report and the terminal give it. */
    public static String redFlag(String id) {
        return Labels.redFlag(id);
    }

    /**
     * "acute:chronic load ratio 1.62 (rule > 1.5): supports, strong. Gabbett 2016": the marker's
     * readable name, value and rule as report.html and the terminal write them.
     */
    public static String finding(Finding f) {
        StringBuilder sb = new StringBuilder();
        sb.append(Labels.marker(f.marker())).append(' ').append(Labels.value(f));
        if (f.threshold() != null && !f.threshold().isEmpty()) {
            sb.append(" (rule ").append(f.threshold()).append(')');
        }
        sb.append(": ").append(f.supports() ? "supports" : "argues against");
        if (f.partial()) {
            sb.append(" (").append(Labels.partly(f)).append(')');
        }
        if (f.strength() != null) {
            sb.append(", ").append(f.strength().key());
        }
        if (f.reference() != null && !f.reference().isEmpty()) {
            sb.append(". ").append(f.reference());
        }
        return sb.toString();
    }

    /** A plan number with the unit its key names, as the terminal writes it: "fluid_ml_per_h" -> "fluid 650 mL/h". */
    public static String planNumber(String key, Double value) {
        return Labels.planNumber(key, value == null ? Double.NaN : value);
    }

    /** "1 activity", "3 activities". */
    public static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
