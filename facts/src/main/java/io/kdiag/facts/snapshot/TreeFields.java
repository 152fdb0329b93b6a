package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reading typed fields from the raw tree of an object. A missing or {@code null} field is empty;
 * a field of the wrong type is an error whose message starts with the field's path (a mapper's
 * caller names the object). The leniencies of the Kubernetes clients are kept: a number or a
 * boolean where a string is expected is read as its text, a number written as a string
 * ({@code "30"}) is read as the number, {@code "true"} as the boolean.
 */
final class TreeFields {

    private TreeFields() {
    }

    /** The string at the path, or {@code ""} when it is missing or {@code null}. */
    static String text(JsonNode node, String... path) {
        String text = nullableText(node, path);
        return text == null ? "" : text;
    }

    /** The string at the path, or {@code null} when it is missing or {@code null}. */
    static String nullableText(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        if (absent(value)) {
            return null;
        }
        return scalar(value, path);
    }

    /** The boolean at the path, or {@code null} when it is missing, {@code null} or {@code ""}. */
    static Boolean bool(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        if (absent(value)) {
            return null;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        return switch (value.isTextual() ? value.asText().strip() : "?") {
            case "true", "True", "TRUE" -> true;
            case "false", "False", "FALSE" -> false;
            case "" -> null;
            default -> throw new IllegalArgumentException(name(path) + " is not a boolean");
        };
    }

    /** The whole number at the path (also written as a string), or {@code null} when it is missing or {@code null}. */
    static Integer integer(JsonNode node, String... path) {
        Long number = whole(node, path);
        if (number != null && (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException(name(path) + " is out of range: " + number);
        }
        return number == null ? null : number.intValue();
    }

    /** The whole number at the path (also written as a string), or {@code null} when it is missing or {@code null}. */
    static Long whole(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        if (absent(value)) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.asText());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException(name(path) + " is not a whole number");
    }

    /** The timestamp at the path, or {@code null} when it is missing or empty. */
    static Instant instant(JsonNode node, String... path) {
        String text = text(node, path);
        try {
            return Meta.instant(text);
        } catch (IllegalArgumentException e) {
            // without its cause: the object's warning quotes the innermost message, which must name the field
            throw new IllegalArgumentException(name(path) + " is " + e.getMessage());
        }
    }

    /**
     * The resource quantity at the path as written ({@code 20Gi}), or {@code ""} when it is
     * missing or {@code null}; also the {@code {amount, format}} form.
     */
    static String quantity(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        if (absent(value)) {
            return "";
        }
        if (value.has("amount") && value.has("format")) {
            return value.get("amount").asText() + value.get("format").asText();
        }
        String text = value.has("amount") ? value.get("amount").asText() : value.asText();
        int unit = 0;
        while (unit < text.length() && "eEinumkKMGTP".indexOf(text.charAt(unit)) < 0) {
            unit++;
        }
        String suffix = text.substring(unit);
        if (text.isEmpty() || suffix.chars().anyMatch(Character::isDigit)
                && Character.isAlphabetic(suffix.charAt(suffix.length() - 1))) {
            throw new IllegalArgumentException(name(path) + " is not a quantity: " + text);
        }
        return text;
    }

    /** The strings of the list at the path, without {@code null} items; empty when it is missing or {@code null}. */
    static List<String> texts(JsonNode node, String... path) {
        JsonNode list = list(node, path);
        List<String> texts = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isNull()) {
                texts.add(scalar(item, name(path) + "[" + i + "]"));
            }
        }
        return texts;
    }

    /** The string map at the path, without {@code null} values; empty when it is missing or {@code null}. */
    static Map<String, String> textMap(JsonNode node, String... path) {
        JsonNode map = object(node, path);
        if (map.isMissingNode()) {
            return Map.of();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (var entry : map.properties()) {
            if (!entry.getValue().isNull()) {
                texts.put(entry.getKey(), scalar(entry.getValue(), name(path) + "." + entry.getKey()));
            }
        }
        return texts;
    }

    /**
     * Each object of the list at the path, read by {@code item}, skipping {@code null} items;
     * empty when the list is missing or {@code null}. An error in an item names its place
     * ({@code spec.containers[2].image is not a string}).
     */
    static <T> List<T> objects(JsonNode node, Function<JsonNode, T> item, String... path) {
        JsonNode list = list(node, path);
        List<T> items = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode value = list.get(i);
            if (value.isNull()) {
                continue;
            }
            String place = name(path) + "[" + i + "]";
            if (!value.isObject()) {
                throw new IllegalArgumentException(place + " is not an object");
            }
            try {
                items.add(item.apply(value));
            } catch (IllegalArgumentException e) {
                // without its cause, as in instant(): the message names the whole place
                throw new IllegalArgumentException(place + "." + e.getMessage());
            }
        }
        return items;
    }

    /** Whether the path holds a value other than {@code null}. */
    static boolean has(JsonNode node, String... path) {
        return !absent(at(node, path));
    }

    /** The object at the path, or a missing node when it is missing or {@code null}. */
    static JsonNode object(JsonNode node, String... path) {
        return typed(node, JsonNode::isObject, "an object", path);
    }

    private static JsonNode list(JsonNode node, String... path) {
        return typed(node, JsonNode::isArray, "a list", path);
    }

    /** The value at the path when it is of the kind {@code fits} accepts; a missing node when absent. */
    private static JsonNode typed(JsonNode node, Predicate<JsonNode> fits, String kind, String... path) {
        JsonNode value = at(node, path);
        if (absent(value)) {
            return MissingNode.getInstance();
        }
        if (!fits.test(value)) {
            throw new IllegalArgumentException(name(path) + " is not " + kind);
        }
        return value;
    }

    private static String scalar(JsonNode value, String... path) {
        if (!value.isValueNode()) {
            throw new IllegalArgumentException(name(path) + " is not a string");
        }
        return value.asText();
    }

    private static boolean absent(JsonNode value) {
        return value.isMissingNode() || value.isNull();
    }

    /** The node at the path; every node on the way must be an object, {@code null} or missing. */
    private static JsonNode at(JsonNode node, String... path) {
        JsonNode value = node;
        for (int i = 0; i < path.length; i++) {
            if (!value.isObject() && !absent(value)) {
                throw new IllegalArgumentException(name(Arrays.copyOf(path, i)) + " is not an object");
            }
            value = value.path(path[i]);
        }
        return value;
    }

    private static String name(String... path) {
        return String.join(".", path);
    }
}
