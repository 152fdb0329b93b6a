package io.kdiag.facts.snapshot;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.kdiag.facts.Owner;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Reading the common parts of fabric8 objects into fact fields. */
final class Meta {

    private Meta() {
    }

    /** {@code value}, or {@code ""} for {@code null}. */
    static String text(String value) {
        return value == null ? "" : value;
    }

    /** A Kubernetes timestamp ({@code 2025-11-03T19:52:00Z}, also with fraction or offset), or {@code null}. */
    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a timestamp: " + value, e);
        }
    }

    static List<Owner> owners(ObjectMeta meta) {
        List<OwnerReference> refs = meta.getOwnerReferences();
        if (refs == null) {
            return List.of();
        }
        return refs.stream()
                .map(r -> new Owner(text(r.getKind()), text(r.getName()), Boolean.TRUE.equals(r.getController())))
                .toList();
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    static Map<String, String> map(Map<String, String> values) {
        return values == null ? Map.of() : values;
    }

    static int number(Integer value) {
        return value == null ? 0 : value;
    }
}
