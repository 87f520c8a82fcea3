package org.heavylegs.formats.folder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.heavylegs.core.athlete.Plausible;
import org.heavylegs.core.history.InputProblem;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed values read from composed YAML nodes of one file, collecting a problem (with the node's line)
 * for every value that is refused: the value then counts as not given.
 */
final class YamlNodes {
    private final String label;
    private final List<InputProblem> problems = new ArrayList<>();

    YamlNodes(String label) {
        this.label = label;
    }

    List<InputProblem> problems() {
        return problems;
    }

    void add(InputProblem problem) {
        problems.add(problem);
    }

    static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    /** Known keys to their value nodes; unknown and repeated keys are reported. */
    Map<String, Node> keys(MappingNode map, List<String> known, String prefix) {
        Map<String, Node> values = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        List<String> given = new java.util.ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode sk) {
                given.add(sk.getValue().strip().toLowerCase(Locale.ROOT));
            }
        }
        for (NodeTuple t : map.getValue()) {
            Node k = t.getKeyNode();
            int line = line(k);
            if (!(k instanceof ScalarNode sk)) {
                problems.add(InputProblem.refused(label, line, "a key must be a plain word; this entry was ignored"));
                continue;
            }
            String name = sk.getValue().strip().toLowerCase(Locale.ROOT);
            if (!known.contains(name)) {
                String meant = CsvTable.meant(name, known, given);
                if (meant != null) {
                    // a misspelt known key (chest_pian: true): its answer was meant to count, so it is input lost
                    problems.add(new InputProblem(label, line, prefix + sk.getValue(), "unknown key ignored (did you mean '"
                            + meant + "'?): its value was not used; correct the key to use it", true));
                } else {
                    problems.add(new InputProblem(label, line, prefix + sk.getValue(), "unknown key ignored (known: "
                            + String.join(", ", known) + ")", false));
                }
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

    /** Reports a refused value of a key. */
    void bad(Node n, String key, String reason) {
        problems.add(new InputProblem(label, line(n), key, reason + "; treated as not given", true));
    }

    /** The scalar text, or null when absent, null-valued or not a scalar (reported). */
    String scalar(Node n, String key) {
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

    Double number(Node n, String key, Plausible.Range range) {
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

    Boolean bool(Node n, String key) {
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

    /** A list of words (a single word counts as a list of one); words not in {@code known} are kept with a warning. */
    Set<String> list(Node n, String key, List<String> known) {
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
}
