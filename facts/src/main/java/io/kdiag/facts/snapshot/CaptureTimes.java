package io.kdiag.facts.snapshot;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Optional;

/**
 * Reads capture times as dumps record them: Go's {@code time.Time} text
 * ({@code 2025-11-03 19:52:00.123456789 +0000 UTC m=+0.171208316}, as must-gather writes it)
 * and RFC 3339.
 */
final class CaptureTimes {

    private static final DateTimeFormatter GO_TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendPattern(" xx")
            .toFormatter();

    private CaptureTimes() {
    }

    /**
     * The newest time among the text's lines.
     *
     * @throws IllegalArgumentException when a non-blank line is no time
     */
    static Optional<Instant> newest(String text) {
        Instant newest = null;
        for (String line : text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            Instant time = parse(line);
            newest = newest == null || time.isAfter(newest) ? time : newest;
        }
        return Optional.ofNullable(newest);
    }

    private static Instant parse(String line) {
        try {
            String[] parts = line.split("\\s+");
            if (parts.length >= 3) {
                return OffsetDateTime.parse(parts[0] + " " + parts[1] + " " + parts[2], GO_TIME).toInstant();
            }
            return OffsetDateTime.parse(parts[0]).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a time: " + DocumentReader.oneLine(line), e);
        }
    }
}
