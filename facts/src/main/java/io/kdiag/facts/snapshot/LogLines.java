package io.kdiag.facts.snapshot;

import io.kdiag.facts.LogLine;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.recognise.LogSignals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The log lines of one load, held until the snapshot's capture time is known: then each
 * year-less timestamp gets its year, and the lines become facts.
 * Past {@code maxLines} lines, only those that carry a signal are kept.
 */
final class LogLines {

    private final int maxLines;
    private final List<LogEntry> entries = new ArrayList<>();
    private Instant newest;
    private int dropped;
    private String firstDropped;

    /** Lines for one load, keeping at most {@code maxLines} that carry no signal. */
    LogLines(int maxLines) {
        this.maxLines = maxLines;
    }

    /** Keeps a line read by {@link LogReader}, unless the bound is reached and it carries no signal. */
    void add(LogEntry entry) {
        Instant time = entry.line().time();
        if (time != null && (newest == null || time.isAfter(newest))) {
            newest = time;
        }
        if (entries.size() >= maxLines && LogSignals.recognise(entry.line()).isEmpty()) {
            if (dropped++ == 0) {
                firstDropped = entry.line().source();
            }
            return;
        }
        entries.add(entry);
    }

    /**
     * Gives the lines of one plain log file, read before its pod and container were known, the
     * pod and container a {@link LogAttribution} found.
     *
     * @param file the file's name as the lines' sources give it
     * @param pod the pod, or {@code null}
     * @param container the container, or {@code ""}
     */
    void attribute(String file, ObjectRef pod, String container) {
        String prefix = file + ":";
        entries.replaceAll(entry -> {
            LogLine line = entry.line();
            if (line.pod() != null || !line.source().startsWith(prefix)) {
                return entry;
            }
            return new LogEntry(new LogLine(line.text(), line.time(), line.severity(), pod, container, line.source()),
                    entry.yearless());
        });
    }

    /** The newest full timestamp among the lines (year-less ones cannot date a snapshot). */
    Optional<Instant> newest() {
        return Optional.ofNullable(newest);
    }

    /** How many lines were read, kept or not. */
    int count() {
        return entries.size() + dropped;
    }

    /**
     * The lines as facts, dated against the capture time.
     *
     * @param captured the snapshot's capture time, or {@code null} when it has none: year-less
     *     lines then stay without a time, and a warning says so
     * @param warnings receives that warning
     */
    List<Object> facts(Instant captured, Consumer<SnapshotWarning> warnings) {
        List<Object> facts = new ArrayList<>(entries.size());
        for (LogEntry entry : entries) {
            facts.add(entry.dated(captured));
        }
        if (dropped > 0) {
            warnings.accept(new SnapshotWarning(firstDropped, "more than " + maxLines + " log lines: from here on "
                    + dropped + " lines that carry no signal were left out"));
        }
        if (captured == null) {
            entries.stream().filter(e -> e.yearless() != null).findFirst().ifPresent(e -> warnings.accept(
                    new SnapshotWarning(e.line().source(),
                            "log timestamps without a year stay undated: the snapshot holds no other time")));
        }
        return facts;
    }
}
