package org.heavylegs.web.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.Symptoms;
import org.heavylegs.formats.folder.AthleteYaml;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The profile and questionnaire (the keys of athlete.yaml, DESIGN.md 2.2; symptoms as
 * "symptoms.cramps"), written as athlete.yaml text and checked by the athlete.yaml reader. The text
 * is what the store keeps, so the profile can be copied into an athlete folder as it is.
 */
public final class ProfileInput {

    /** Keys that take several values (checkboxes, or a comma-separated string in JSON). */
    public static final List<String> LIST_FIELDS = List.of("conditions", "medications", "diet");
    public static final List<String> FIELDS;

    static {
        List<String> f = new ArrayList<>();
        for (String k : AthleteYaml.KEYS) {
            if (!k.equals("symptoms")) {
                f.add(k);
            }
        }
        for (String k : AthleteYaml.SYMPTOM_KEYS) {
            f.add("symptoms." + k);
        }
        FIELDS = List.copyOf(f);
    }

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,9}\\.\\d{1,9}");

    /** The checked profile: its athlete.yaml text and what the reader made of it. */
    public record Profile(String yaml, Athlete athlete) {
    }

    private ProfileInput() {
    }

    /** @param today the birth year is checked against it */
    public static Checked<Profile> check(Submission s, LocalDate today) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>(ReaderCheck.unknownFields(s, FIELDS));
        List<String> notes = new ArrayList<>();
        String yaml = yaml(s);
        AthleteYaml.Result r = AthleteYaml.parse(ReaderCheck.LABEL, yaml, today);
        ReaderCheck.sort(r.problems(), FIELDS, fieldErrors, errors, notes);
        return ReaderCheck.result(new Profile(yaml, r.athlete()), fieldErrors, errors, notes);
    }

    /** athlete.yaml text of the submission, keys in the documented order, only those given. */
    static String yaml(Submission s) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> symptoms = new LinkedHashMap<>();
        for (String field : FIELDS) {
            if (LIST_FIELDS.contains(field)) {
                List<String> items = new ArrayList<>();
                for (String v : s.all(field)) {
                    for (String part : v.split(",")) {
                        if (!part.isBlank()) {
                            items.add(part.strip());
                        }
                    }
                }
                if (!items.isEmpty()) {
                    root.put(field, items);
                }
                continue;
            }
            String v = s.first(field);
            if (v == null) {
                continue;
            }
            if (field.startsWith("symptoms.")) {
                symptoms.put(field.substring("symptoms.".length()), typed(v));
            } else {
                root.put(field, typed(v));
            }
        }
        if (!symptoms.isEmpty()) {
            root.put("symptoms", symptoms);
        }
        if (root.isEmpty()) {
            return "{}\n";
        }
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setIndent(2);
        o.setWidth(120);
        return new Yaml(o).dump(root);
    }

    /** Plain numbers and true/false as YAML scalars, anything else as a (quoted when needed) string. */
    private static Object typed(String v) {
        if (INTEGER.matcher(v).matches()) {
            return Long.valueOf(v);
        }
        if (DECIMAL.matcher(v).matches()) {
            return Double.valueOf(v);
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return Boolean.valueOf(lower);
        }
        return v;
    }

    /** The form fields of a stored profile, to fill the form in again. */
    public static Submission fields(Athlete a) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        put(m, "name", a.name());
        put(m, "sex", a.sex() == null ? null : a.sex().name().toLowerCase(Locale.ROOT));
        put(m, "birth_year", a.birthYear());
        put(m, "height_cm", a.heightCm());
        put(m, "body_mass_kg", a.bodyMassKg());
        put(m, "hr_max", a.hrMax());
        put(m, "hr_rest", a.hrRest());
        put(m, "threshold_hr", a.thresholdHr());
        if (a.thresholdPaceSPerKm() != null) {
            long sec = Math.round(a.thresholdPaceSPerKm());
            put(m, "threshold_pace", String.format(Locale.ROOT, "%d:%02d", sec / 60, sec % 60));
        }
        m.put("conditions", List.copyOf(a.conditions()));
        m.put("medications", List.copyOf(a.medications()));
        m.put("diet", List.copyOf(a.diet()));
        put(m, "warmup_min_typical", a.warmupMinTypical());
        put(m, "shoe_km", a.shoeKm());
        put(m, "timezone", a.timezone());
        Symptoms s = a.symptoms();
        put(m, "symptoms.heavy_legs_since_days", s.heavyLegsSinceDays());
        put(m, "symptoms.heaviness_first_km_only", s.heavinessFirstKmOnly());
        put(m, "symptoms.heaviness_worse_standing", s.heavinessWorseStanding());
        put(m, "symptoms.claudication", s.claudication());
        put(m, "symptoms.leg_swelling", s.legSwelling() == null ? null : s.legSwelling().name().toLowerCase(Locale.ROOT));
        put(m, "symptoms.calf_pain_at_rest", s.calfPainAtRest());
        put(m, "symptoms.chest_pain", s.chestPain());
        put(m, "symptoms.dizziness", s.dizziness());
        put(m, "symptoms.breathlessness", s.breathlessness());
        put(m, "symptoms.cramps", s.cramps());
        put(m, "symptoms.numbness", s.numbness());
        put(m, "symptoms.heavy_menstrual_bleeding", s.heavyMenstrualBleeding());
        put(m, "symptoms.dark_urine", s.darkUrine());
        return new Submission(m);
    }

    private static void put(Map<String, List<String>> m, String key, Object v) {
        if (v == null) {
            return;
        }
        String text = v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e9
                ? Long.toString(d.longValue()) : v.toString();
        m.put(key, List.of(text));
    }
}
