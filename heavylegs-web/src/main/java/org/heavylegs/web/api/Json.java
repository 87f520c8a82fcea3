package org.heavylegs.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heavylegs.web.HttpError;
import org.heavylegs.web.input.Submission;

/** JSON in and out of the API: numbers that are unknown (NaN) are written as null, dates as ISO text. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.mappedFeature());

    /** Pretty JSON text, decimals written plainly ("3520", never "3.52E+3"). */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Decimals kept for summary numbers (sample streams are written as stored). */
    public static final int DECIMALS = 4;

    /** A number rounded to {@link #DECIMALS} decimals ("2857.351", not "2857.3509999999997"), or null when not finite. */
    public static void num(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, java.math.BigDecimal.valueOf(v).setScale(DECIMALS, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros());
        } else {
            o.putNull(key);
        }
    }

    public static void num(ObjectNode o, String key, Double v) {
        num(o, key, v == null ? Double.NaN : v);
    }

    public static void text(ObjectNode o, String key, Object v) {
        if (v == null) {
            o.putNull(key);
        } else {
            o.put(key, v.toString());
        }
    }

    public static ArrayNode strings(List<String> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }

    public static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    public static String instant(Instant t) {
        return t == null ? null : t.toString();
    }

    /**
     * A JSON object body as a submission: scalars as their text, arrays as several values, a nested
     * object (e.g. "symptoms") as "symptoms.key" fields, null as absent.
     */
    public static Submission submission(String body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body == null ? "" : body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw HttpError.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw HttpError.badRequest("the body must be a JSON object such as {\"date\": \"2026-03-14\", \"resting_hr\": 48}");
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        flatten("", root, fields);
        return new Submission(fields);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, List<String>> out) {
        node.properties().forEach(e -> {
            String key = prefix + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                flatten(key + ".", v, out);
            } else if (v.isArray()) {
                List<String> items = new ArrayList<>();
                for (JsonNode item : v) {
                    if (!item.isContainerNode() && !item.isNull()) {
                        items.add(item.asText());
                    } else if (item.isContainerNode()) {
                        throw HttpError.badRequest(key + ": expected a list of plain values");
                    }
                }
                out.put(key, items);
            } else if (!v.isNull()) {
                out.put(key, List.of(v.isNumber() ? v.numberValue().toString() : v.asText()));
            }
        });
    }
}
