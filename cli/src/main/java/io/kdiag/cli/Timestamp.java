package io.kdiag.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --now TIMESTAMP}: an ISO-8601 date and time with its offset, as Kubernetes writes
 * them (RFC 3339: {@code 2025-11-03T19:52:00Z}, {@code 2025-11-03T20:52:00+01:00}). A time without
 * an offset is refused rather than read in the machine's zone: the clock must not depend on where
 * kdiag runs.
 */
final class Timestamp implements ITypeConverter<Instant> {

    @Override
    public Instant convert(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not an ISO-8601 timestamp with an offset, "
                    + "such as 2025-11-03T19:52:00Z");
        }
    }
}
