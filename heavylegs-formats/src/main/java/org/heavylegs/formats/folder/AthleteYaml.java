package org.heavylegs.formats.folder;

import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.LegSwelling;
import org.heavylegs.core.athlete.Plausible;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.core.athlete.Symptoms;
import org.heavylegs.core.history.InputProblem;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * athlete.yaml (DESIGN.md 2.2), the profile and questionnaire. The YAML is only composed into a node
 * tree (never constructed into objects, so no type can be instantiated from it) under size, depth
 * and alias limits; each known key is read from its node, so every message names the line. A bad
 * value is refused (the key counts as not given); an unknown key is a warning.
 * Extension key: {@code timezone} (IANA id, e.g. Europe/Berlin).
 */
public final class AthleteYaml {

    /** athlete.yaml is a few hundred characters; this is generous. */
    public static final int MAX_CODE_POINTS = 1_000_000;
    static final int MAX_ALIASES = 10;
    static final int MAX_DEPTH = 10;

    public static final List<String> KEYS = List.of("name", "sex", "birth_year", "height_cm", "body_mass_kg", "hr_max",
            "hr_rest", "threshold_hr", "threshold_pace", "conditions", "medications", "diet", "warmup_min_typical",
            "shoe_km", "timezone", "symptoms");
    public static final List<String> SYMPTOM_KEYS = List.of("heavy_legs_since_days", "heaviness_first_km_only",
            "heaviness_worse_standing", "claudication", "leg_swelling", "calf_pain_at_rest", "chest_pain", "dizziness",
            "breathlessness", "cramps", "numbness", "heavy_menstrual_bleeding", "dark_urine");
    /** Values HeavyLegs' assessors look for; others are kept with a warning. */
    public static final List<String> KNOWN_CONDITIONS = List.of("diabetes", "peripheral_artery_disease", "varicose_veins",
            "venous_insufficiency");
    public static final List<String> KNOWN_MEDICATIONS = List.of("diuretic", "statin", "beta_blocker");
    public static final List<String> KNOWN_DIETS = List.of("vegetarian", "vegan");

    private static final Pattern PACE = Pattern.compile("(\\d{1,2}):(\\d{2})(\\s*(/|per)\\s*km)?");

    /** The profile, the time zone it names (null when none) and the problems met. */
    public record Result(Athlete athlete, ZoneId zone, List<InputProblem> problems) {
    }

    private final String label;
    private final LocalDate today;
    private final List<InputProblem> problems = new ArrayList<>();

    private AthleteYaml(String label, LocalDate today) {
        this.label = label;
        this.today = today;
    }

    public static Result parse(String label, String text, LocalDate today) {
        return new AthleteYaml(label, today).parse(text);
    }

    private Result parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(true);   // reported below with their lines
        DumperOptions dumper = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
        Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(InputProblem.refused(label, line, "not valid YAML (" + e.getProblem() + "); the profile was not used"));
            return new Result(Athlete.UNKNOWN, null, problems);
        } catch (YAMLException e) {
            problems.add(InputProblem.refused(label, 0, "not valid YAML (" + e.getMessage() + "); the profile was not used"));
            return new Result(Athlete.UNKNOWN, null, problems);
        }
        if (root == null) {
            problems.add(InputProblem.warning(label, 0, "empty: every profile value is assumed"));
            return new Result(Athlete.UNKNOWN, null, problems);
        }
        if (!(root instanceof MappingNode map)) {
            problems.add(InputProblem.refused(label, line(root), "expected keys such as 'name: Alex' at the top level; the profile was not used"));
            return new Result(Athlete.UNKNOWN, null, problems);
        }
        Map<String, Node> v = keys(map, KEYS, "");
        ZoneId zone = zone(v.get("timezone"));
        Double hrMax = number(v.get("hr_max"), "hr_max", Plausible.HR_MAX);
        Double hrRest = number(v.get("hr_rest"), "hr_rest", Plausible.RESTING_HR);
        Double thresholdHr = number(v.get("threshold_hr"), "threshold_hr", Plausible.HEART_RATE);
        if (hrMax != null && hrRest != null && hrRest >= hrMax) {
            bad(v.get("hr_rest"), "hr_rest", "hr_rest " + hrRest.intValue() + " is not below hr_max " + hrMax.intValue());
            hrRest = null;
        }
        if (thresholdHr != null && ((hrMax != null && thresholdHr > hrMax) || (hrRest != null && thresholdHr <= hrRest))) {
            bad(v.get("threshold_hr"), "threshold_hr", "threshold_hr " + thresholdHr.intValue()
                    + " is not between hr_rest and hr_max");
            thresholdHr = null;
        }
        Athlete athlete = new Athlete(
                string(v.get("name"), "name"),
                sex(v.get("sex")),
                birthYear(v.get("birth_year")),
                number(v.get("height_cm"), "height_cm", Plausible.HEIGHT_CM),
                number(v.get("body_mass_kg"), "body_mass_kg", Plausible.BODY_MASS_KG),
                hrMax,
                hrRest,
                thresholdHr,
                pace(v.get("threshold_pace")),
                list(v.get("conditions"), "conditions", KNOWN_CONDITIONS),
                list(v.get("medications"), "medications", KNOWN_MEDICATIONS),
                list(v.get("diet"), "diet", KNOWN_DIETS),
                number(v.get("warmup_min_typical"), "warmup_min_typical", Plausible.WARMUP_MIN),
                number(v.get("shoe_km"), "shoe_km", Plausible.SHOE_KM),
                zone == null ? null : zone.getId(),
                symptoms(v.get("symptoms")));
        problems.sort(java.util.Comparator.comparingInt(InputProblem::line));
        return new Result(athlete, zone, problems);
    }

    /** Known keys to their value nodes; unknown and repeated keys are reported. */
    private Map<String, Node> keys(MappingNode map, List<String> known, String prefix) {
        Map<String, Node> values = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node k = t.getKeyNode();
            int line = line(k);
            if (!(k instanceof ScalarNode sk)) {
                problems.add(InputProblem.refused(label, line, "a key must be a plain word; this entry was ignored"));
                continue;
            }
            String name = sk.getValue().strip().toLowerCase(Locale.ROOT);
            if (!known.contains(name)) {
                problems.add(new InputProblem(label, line, prefix + sk.getValue(), "unknown key ignored (known: "
                        + String.join(", ", known) + ")", false));
                continue;
            }
            if (lines.containsKey(name)) {
                problems.add(new InputProblem(label, line, prefix + name, "given twice (first on line " + lines.get(name)
                        + "); the first value is used", true));
                continue;
            }
            lines.put(name, line);
            values.put(name, t.getValueNode());
        }
        return values;
    }

    private static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    private void bad(Node n, String key, String reason) {
        problems.add(new InputProblem(label, line(n), key, reason + "; treated as not given", true));
    }

    /** The scalar text, or null when absent, null-valued or not a scalar (reported). */
    private String scalar(Node n, String key) {
        if (n == null) {
            return null;
        }
        if (!(n instanceof ScalarNode s)) {
            bad(n, key, "expected a single value, not a list or a mapping");
            return null;
        }
        if (Tag.NULL.equals(s.getTag()) || s.getValue().isBlank()) {
            return null;
        }
        return s.getValue().strip();
    }

    private String string(Node n, String key) {
        return scalar(n, key);
    }

    private Double number(Node n, String key, Plausible.Range range) {
        String s = scalar(n, key);
        if (s == null) {
            return null;
        }
        Double d = Cells.parseNumber(s);
        if (d == null) {
            bad(n, key, "'" + s + "' is not a number");
            return null;
        }
        if (!range.contains(d)) {
            bad(n, key, s + " is not plausible (expected " + range.describe() + ")");
            return null;
        }
        return d;
    }

    private Integer birthYear(Node n) {
        String s = scalar(n, "birth_year");
        if (s == null) {
            return null;
        }
        if (!s.matches("\\d{4}")) {
            bad(n, "birth_year", "'" + s + "' is not a year such as 1988");
            return null;
        }
        int y = Integer.parseInt(s);
        int latest = today.getYear() - Plausible.MIN_AGE_YEARS;
        if (y < Plausible.EARLIEST_BIRTH_YEAR || y > latest) {
            bad(n, "birth_year", y + " is not plausible (expected between " + Plausible.EARLIEST_BIRTH_YEAR + " and " + latest + ")");
            return null;
        }
        return y;
    }

    private Sex sex(Node n) {
        String s = scalar(n, "sex");
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "female", "f", "woman" -> Sex.FEMALE;
            case "male", "m", "man" -> Sex.MALE;
            default -> {
                bad(n, "sex", "'" + s + "' is not female or male");
                yield null;
            }
        };
    }

    /** "4:35" or "4:35/km" to seconds per km. */
    private Double pace(Node n) {
        String s = scalar(n, "threshold_pace");
        if (s == null) {
            return null;
        }
        Matcher m = PACE.matcher(s.toLowerCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(2)) >= 60) {
            bad(n, "threshold_pace", "'" + s + "' is not a pace per km such as \"4:35\" (minutes:seconds, in quotes)");
            return null;
        }
        double sec = Integer.parseInt(m.group(1)) * 60.0 + Integer.parseInt(m.group(2));
        if (!Plausible.THRESHOLD_PACE_S_PER_KM.contains(sec)) {
            bad(n, "threshold_pace", s + " per km is not plausible (expected between 2:00 and 15:00)");
            return null;
        }
        return sec;
    }

    private Set<String> list(Node n, String key, List<String> known) {
        if (n == null) {
            return Set.of();
        }
        List<Node> items = new ArrayList<>();
        if (n instanceof SequenceNode seq) {
            items.addAll(seq.getValue());
        } else if (n instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
            items.add(n);
        } else if (!(n instanceof ScalarNode)) {
            bad(n, key, "expected a list such as [a, b]");
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Node item : items) {
            if (!(item instanceof ScalarNode s)) {
                bad(item, key, "each entry must be a single word");
                continue;
            }
            String v = s.getValue().strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (v.isEmpty()) {
                continue;
            }
            if (!known.contains(v)) {
                problems.add(new InputProblem(label, line(item), key, "'" + s.getValue().strip()
                        + "' is not one HeavyLegs uses (known: " + String.join(", ", known) + "); kept", false));
            }
            out.add(v);
        }
        return out;
    }

    private ZoneId zone(Node n) {
        String s = scalar(n, "timezone");
        if (s == null) {
            return null;
        }
        try {
            return ZoneId.of(s);
        } catch (DateTimeException e) {
            bad(n, "timezone", "'" + s + "' is not a time zone such as Europe/Berlin or UTC");
            return null;
        }
    }

    private Boolean bool(Node n, String key) {
        String s = scalar(n, key);
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "on" -> Boolean.TRUE;
            case "false", "no", "n", "off" -> Boolean.FALSE;
            default -> {
                bad(n, key, "'" + s + "' is not true or false");
                yield null;
            }
        };
    }

    private Symptoms symptoms(Node n) {
        if (n == null || (n instanceof ScalarNode s && (Tag.NULL.equals(s.getTag()) || s.getValue().isBlank()))) {
            return Symptoms.UNANSWERED;
        }
        if (!(n instanceof MappingNode map)) {
            bad(n, "symptoms", "expected indented answers such as 'cramps: false' under symptoms:");
            return Symptoms.UNANSWERED;
        }
        Map<String, Node> v = keys(map, SYMPTOM_KEYS, "symptoms.");
        Double days = number(v.get("heavy_legs_since_days"), "symptoms.heavy_legs_since_days", Plausible.SYMPTOM_DAYS);
        return new Symptoms(
                days == null ? null : (int) Math.round(days),
                bool(v.get("heaviness_first_km_only"), "symptoms.heaviness_first_km_only"),
                bool(v.get("heaviness_worse_standing"), "symptoms.heaviness_worse_standing"),
                bool(v.get("claudication"), "symptoms.claudication"),
                swelling(v.get("leg_swelling")),
                bool(v.get("calf_pain_at_rest"), "symptoms.calf_pain_at_rest"),
                bool(v.get("chest_pain"), "symptoms.chest_pain"),
                bool(v.get("dizziness"), "symptoms.dizziness"),
                bool(v.get("breathlessness"), "symptoms.breathlessness"),
                bool(v.get("cramps"), "symptoms.cramps"),
                bool(v.get("numbness"), "symptoms.numbness"),
                bool(v.get("heavy_menstrual_bleeding"), "symptoms.heavy_menstrual_bleeding"),
                bool(v.get("dark_urine"), "symptoms.dark_urine"));
    }

    private LegSwelling swelling(Node n) {
        String s = scalar(n, "symptoms.leg_swelling");
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_')) {
            case "none", "no", "false" -> LegSwelling.NONE;
            case "both" -> LegSwelling.BOTH;
            case "one_side", "one" -> LegSwelling.ONE_SIDE;
            default -> {
                bad(n, "symptoms.leg_swelling", "'" + s + "' is not none, both or one_side");
                yield null;
            }
        };
    }
}
