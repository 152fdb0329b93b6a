package io.kdiag.engine.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * The report of one analysis.
 *
 * @param schemaVersion the report schema's version, 1
 * @param tool the tool that wrote it
 * @param snapshot what was analysed
 * @param diagnoses the diagnoses, ranked: rank 1 first
 */
@JsonPropertyOrder({"schemaVersion", "tool", "snapshot", "summary", "diagnoses"})
public record Report(int schemaVersion, Tool tool, SnapshotSummary snapshot, List<Diagnosis> diagnoses) {

    /** The schema version this model writes. */
    public static final int SCHEMA_VERSION = 1;

    /** Copies the list. */
    public Report {
        diagnoses = List.copyOf(diagnoses);
    }

    /** How many diagnoses of each severity and id; written as the tree's {@code summary}. */
    @JsonProperty("summary")
    public ReportSummary summary() {
        return ReportSummary.of(diagnoses);
    }

    /** The top-ranked diagnosis, if any. */
    public Optional<Diagnosis> top() {
        return diagnoses.stream().findFirst();
    }

    /**
     * The tool that wrote a report.
     *
     * @param name always {@code kdiag}
     * @param version the kdiag version
     */
    public record Tool(String name, String version) {
    }
}
