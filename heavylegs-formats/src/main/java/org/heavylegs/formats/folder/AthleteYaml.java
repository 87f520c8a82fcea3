package org.heavylegs.formats.folder;

import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.Plausible;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.core.history.InputProblem;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

/**
 * athlete.yaml (DESIGN.md 2.2), the profile and questionnaire. The YAML is only composed into a node
 * tree (never constructed into objects, so no type can be instantiated from it) under size, depth
 * and alias limits; each known key is read from its node, so every message names the line. A bad
 * value is refused (the key counts as not given); an unknown key is a warning, a misspelt known key
 * (within a slip of one, see CsvTable.meant) is refused, since its answer was meant to count.
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
    private final YamlNodes nodes;

    private AthleteYaml(String label, LocalDate today) {
        this.label = label;
        this.today = today;
        this.nodes = new YamlNodes(label);
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
            nodes.add(InputProblem.refused(label, line, "not valid YAML (" + e.getProblem() + "); the profile was not used"));
            return new Result(Athlete.UNKNOWN, null, nodes.problems());
        } catch (YAMLException e) {
            nodes.add(InputProblem.refused(label, 0, "not valid YAML (" + e.getMessage() + "); the profile was not used"));
            return new Result(Athlete.UNKNOWN, null, nodes.problems());
        }
        if (root == null) {
            nodes.add(InputProblem.warning(label, 0, "empty: every profile value is assumed"));
            return new Result(Athlete.UNKNOWN, null, nodes.problems());
        }
        if (!(root instanceof MappingNode map)) {
            nodes.add(InputProblem.refused(label, YamlNodes.line(root), "expected keys such as 'name: Alex' at the top level; the profile was not used"));
            return new Result(Athlete.UNKNOWN, null, nodes.problems());
        }
        Map<String, Node> v = nodes.keys(map, KEYS, "");
        ZoneId zone = zone(v.get("timezone"));
        Double hrMax = nodes.number(v.get("hr_max"), "hr_max", Plausible.HR_MAX);
        Double hrRest = nodes.number(v.get("hr_rest"), "hr_rest", Plausible.RESTING_HR);
        Double thresholdHr = nodes.number(v.get("threshold_hr"), "threshold_hr", Plausible.HEART_RATE);
        if (hrMax != null && hrRest != null && hrRest >= hrMax) {
            nodes.bad(v.get("hr_rest"), "hr_rest", "hr_rest " + hrRest.intValue() + " is not below hr_max " + hrMax.intValue());
            hrRest = null;
        }
        if (thresholdHr != null && ((hrMax != null && thresholdHr > hrMax) || (hrRest != null && thresholdHr <= hrRest))) {
            nodes.bad(v.get("threshold_hr"), "threshold_hr", "threshold_hr " + thresholdHr.intValue()
                    + " is not between hr_rest and hr_max");
            thresholdHr = null;
        }
        Athlete athlete = new Athlete(
                nodes.scalar(v.get("name"), "name"),
                sex(v.get("sex")),
                birthYear(v.get("birth_year")),
                nodes.number(v.get("height_cm"), "height_cm", Plausible.HEIGHT_CM),
                nodes.number(v.get("body_mass_kg"), "body_mass_kg", Plausible.BODY_MASS_KG),
                hrMax,
                hrRest,
                thresholdHr,
                pace(v.get("threshold_pace")),
                nodes.list(v.get("conditions"), "conditions", KNOWN_CONDITIONS),
                nodes.list(v.get("medications"), "medications", KNOWN_MEDICATIONS),
                nodes.list(v.get("diet"), "diet", KNOWN_DIETS),
                nodes.number(v.get("warmup_min_typical"), "warmup_min_typical", Plausible.WARMUP_MIN),
                nodes.number(v.get("shoe_km"), "shoe_km", Plausible.SHOE_KM),
                zone == null ? null : zone.getId(),
                SymptomsYaml.read(v.get("symptoms"), nodes));
        List<InputProblem> problems = nodes.problems();
        problems.sort(Comparator.comparingInt(InputProblem::line));
        return new Result(athlete, zone, problems);
    }

    private Integer birthYear(Node n) {
        String s = nodes.scalar(n, "birth_year");
        if (s == null) {
            return null;
        }
        if (!s.matches("\\d{4}")) {
            nodes.bad(n, "birth_year", "'" + s + "' is not a year such as 1988");
            return null;
        }
        int y = Integer.parseInt(s);
        int latest = today.getYear() - Plausible.MIN_AGE_YEARS;
        if (y < Plausible.EARLIEST_BIRTH_YEAR || y > latest) {
            nodes.bad(n, "birth_year", y + " is not plausible (expected between " + Plausible.EARLIEST_BIRTH_YEAR + " and " + latest + ")");
            return null;
        }
        return y;
    }

    private Sex sex(Node n) {
        String s = nodes.scalar(n, "sex");
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "female", "f", "woman" -> Sex.FEMALE;
            case "male", "m", "man" -> Sex.MALE;
            default -> {
                nodes.bad(n, "sex", "'" + s + "' is not female or male");
                yield null;
            }
        };
    }

    /** "4:35" or "4:35/km" to seconds per km. */
    private Double pace(Node n) {
        String s = nodes.scalar(n, "threshold_pace");
        if (s == null) {
            return null;
        }
        Matcher m = PACE.matcher(s.toLowerCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(2)) >= 60) {
            nodes.bad(n, "threshold_pace", "'" + s + "' is not a pace per km such as \"4:35\" (minutes:seconds, in quotes)");
            return null;
        }
        double sec = Integer.parseInt(m.group(1)) * 60.0 + Integer.parseInt(m.group(2));
        if (!Plausible.THRESHOLD_PACE_S_PER_KM.contains(sec)) {
            nodes.bad(n, "threshold_pace", s + " per km is not plausible (expected between 2:00 and 15:00)");
            return null;
        }
        return sec;
    }

    private ZoneId zone(Node n) {
        String s = nodes.scalar(n, "timezone");
        if (s == null) {
            return null;
        }
        try {
            return ZoneId.of(s);
        } catch (DateTimeException e) {
            nodes.bad(n, "timezone", "'" + s + "' is not a time zone such as Europe/Berlin or UTC");
            return null;
        }
    }
}
