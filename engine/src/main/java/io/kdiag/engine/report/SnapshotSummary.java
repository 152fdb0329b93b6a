package io.kdiag.engine.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a report analysed.
 *
 * @param sources the paths read, as given
 * @param capturedAt when the snapshot was taken (ISO-8601), or {@code null} when unknown
 * @param analyzedAt the analysis clock: {@code --now}, else the capture time (ISO-8601)
 * @param counts how many objects of each kind were read, and {@code LogLine} for log lines
 * @param warnings what could not be read, and what the snapshot could not show
 */
@JsonPropertyOrder({"sources", "capturedAt", "analyzedAt", "counts", "warnings"})
public record SnapshotSummary(
        List<String> sources,
        String capturedAt,
        String analyzedAt,
        SortedMap<String, Integer> counts,
        List<Warning> warnings) {

    /** Copies the collections. */
    public SnapshotSummary {
        sources = List.copyOf(sources);
        counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
        warnings = List.copyOf(warnings);
    }

    /** The warnings about input that was not read, or read only in part. */
    @JsonIgnore
    public List<Warning> unread() {
        return warnings.stream().filter(Warning::unread).toList();
    }

    /**
     * One warning.
     *
     * @param source {@code file:line}, the file, or the layout it concerns
     * @param message what is wrong, in one line
     * @param unread whether input was left unread, or read only in part, because of it; written
     *     only when true
     */
    public record Warning(String source, String message,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean unread) {

        /** A warning that cost no input. */
        public Warning(String source, String message) {
            this(source, message, false);
        }
    }
}
