package io.kdiag.facts.snapshot;

import io.kdiag.facts.LogLine;
import java.time.Instant;

/**
 * A log line as read, before the snapshot's capture time is known. A line whose timestamp has
 * no year keeps that timestamp aside, and its {@link LogLine} has no time until
 * {@link #dated(Instant)} gives it one.
 *
 * @param line the line as read
 * @param yearless its timestamp when it has no year, else {@code null}
 */
record LogEntry(LogLine line, YearlessTime yearless) {

    /** The line with its year resolved against the capture time; unchanged when it needs no year or none is known. */
    LogLine dated(Instant captured) {
        if (yearless == null || captured == null) {
            return line;
        }
        return new LogLine(line.text(), yearless.in(captured), line.severity(), line.pod(), line.container(),
                line.source());
    }
}
