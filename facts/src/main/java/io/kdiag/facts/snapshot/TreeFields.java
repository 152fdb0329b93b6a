package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * Reading typed fields from the raw tree of a kind that has no fabric8 model (VolumeSnapshot,
 * VolSync resources). A missing or {@code null} field is empty; a field of the wrong type is
 * an error, as it is for the kinds read through fabric8.
 */
final class TreeFields {

    private TreeFields() {
    }

    /** The string at the path, or {@code ""} when it is missing or {@code null}. */
    static String text(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(String.join(".", path) + " is not a string");
        }
        return value.asText();
    }

    /** The boolean at the path, or {@code null} when it is missing or {@code null}. */
    static Boolean bool(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(String.join(".", path) + " is not a boolean");
        }
        return value.asBoolean();
    }

    /** The timestamp at the path, or {@code null} when it is missing. */
    static Instant instant(JsonNode node, String... path) {
        return Meta.instant(text(node, path));
    }

    private static JsonNode at(JsonNode node, String... path) {
        JsonNode value = node;
        for (String field : path) {
            value = value.path(field);
        }
        return value;
    }
}
