package org.heavylegs.formats.folder;

import java.util.Locale;
import java.util.Map;
import org.heavylegs.core.athlete.LegSwelling;
import org.heavylegs.core.athlete.Plausible;
import org.heavylegs.core.athlete.Symptoms;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** The questionnaire under athlete.yaml's {@code symptoms:} key ({@link AthleteYaml#SYMPTOM_KEYS}). */
final class SymptomsYaml {

    private SymptomsYaml() {
    }

    static Symptoms read(Node n, YamlNodes nodes) {
        if (n == null || (n instanceof ScalarNode s && (Tag.NULL.equals(s.getTag()) || s.getValue().isBlank()))) {
            return Symptoms.UNANSWERED;
        }
        if (!(n instanceof MappingNode map)) {
            nodes.bad(n, "symptoms", "expected indented answers such as 'cramps: false' under symptoms:");
            return Symptoms.UNANSWERED;
        }
        Map<String, Node> v = nodes.keys(map, AthleteYaml.SYMPTOM_KEYS, "symptoms.");
        Double days = nodes.number(v.get("heavy_legs_since_days"), "symptoms.heavy_legs_since_days", Plausible.SYMPTOM_DAYS);
        return new Symptoms(
                days == null ? null : (int) Math.round(days),
                nodes.bool(v.get("heaviness_first_km_only"), "symptoms.heaviness_first_km_only"),
                nodes.bool(v.get("heaviness_worse_standing"), "symptoms.heaviness_worse_standing"),
                nodes.bool(v.get("claudication"), "symptoms.claudication"),
                swelling(v.get("leg_swelling"), nodes),
                nodes.bool(v.get("calf_pain_at_rest"), "symptoms.calf_pain_at_rest"),
                nodes.bool(v.get("chest_pain"), "symptoms.chest_pain"),
                nodes.bool(v.get("dizziness"), "symptoms.dizziness"),
                nodes.bool(v.get("breathlessness"), "symptoms.breathlessness"),
                nodes.bool(v.get("cramps"), "symptoms.cramps"),
                nodes.bool(v.get("numbness"), "symptoms.numbness"),
                nodes.bool(v.get("heavy_menstrual_bleeding"), "symptoms.heavy_menstrual_bleeding"),
                nodes.bool(v.get("dark_urine"), "symptoms.dark_urine"));
    }

    private static LegSwelling swelling(Node n, YamlNodes nodes) {
        String s = nodes.scalar(n, "symptoms.leg_swelling");
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_')) {
            case "none", "no", "false" -> LegSwelling.NONE;
            case "both" -> LegSwelling.BOTH;
            case "one_side", "one" -> LegSwelling.ONE_SIDE;
            default -> {
                nodes.bad(n, "symptoms.leg_swelling", "'" + s + "' is not none, both or one_side");
                yield null;
            }
        };
    }
}
