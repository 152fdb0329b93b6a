package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.kdiag.facts.Owner;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reading the parts common to every kind (timestamps, owners) into fact fields. */
final class Meta {

    private Meta() {
    }

    /** A Kubernetes timestamp ({@code 2025-11-03T19:52:00Z}, also with fraction or offset), or {@code null}. */
    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant utc = utcSeconds(value);
        if (utc != null) {
            return utc;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a timestamp: " + value, e);
        }
    }

    /**
     * The form the API server writes ({@code 2025-11-03T19:52:00Z}) read without a formatter,
     * which costs more than the rest of a small object's mapping; {@code null} for any other
     * form (fractions, offsets, out-of-range fields), which the formatter then reads or rejects.
     */
    private static Instant utcSeconds(String value) {
        if (value.length() != 20 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(10) != 'T'
                || value.charAt(13) != ':' || value.charAt(16) != ':' || value.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 2);
        int day = digits(value, 8, 2);
        int hour = digits(value, 11, 2);
        int minute = digits(value, 14, 2);
        int second = digits(value, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
    }

    /** The decimal number of {@code length} ASCII digits at {@code start}, or -1 when one is not a digit. */
    private static int digits(String value, int start, int length) {
        int number = 0;
        for (int i = start; i < start + length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    /** The owner references in the object's {@code metadata.ownerReferences}. */
    static List<Owner> owners(JsonNode tree) {
        return TreeFields.objects(tree, r -> new Owner(TreeFields.text(r, "kind"), TreeFields.text(r, "name"),
                Boolean.TRUE.equals(TreeFields.bool(r, "controller"))), "metadata", "ownerReferences");
    }
}
