package io.kdiag.engine.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
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
@JsonPropertyOrder({"schemaVersion", "unreadInput", "tool", "snapshot", "summary", "diagnoses"})
public record Report(int schemaVersion, Tool tool, SnapshotSummary snapshot, List<Diagnosis> diagnoses) {

    /** The schema version this model writes. */
    public static final int SCHEMA_VERSION = 1;

    /** Copies the list. */
    public Report {
        diagnoses = List.copyOf(diagnoses);
    }

    /**
     * When some input was not read, or read only in part: one sentence that says so, how much,
     * and what it costs, for the first lines of every format; {@code null} (and absent from JSON
     * and YAML) when everything was read.
     */
    @JsonProperty("unreadInput")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String unreadInput() {
        List<SnapshotSummary.Warning> unread = snapshot.unread();
        if (unread.isEmpty()) {
            return null;
        }
        SnapshotSummary.Warning first = unread.get(0);
        return "INCOMPLETE: " + unread.size() + " part(s) of the input could not be read, or only in part (first: "
                + first.source() + ": " + first.message() + "); every playbook ran without them, so a problem"
                + " that shows only there is not in this report. See the warnings.";
    }

    /** What a report with no diagnosis says: never a plain all-clear when input went unread. */
    @JsonIgnore
    public String noDiagnosisSentence() {
        int unread = snapshot.unread().size();
        return unread == 0 ? "No storage problem found."
                : "No storage problem found in what could be read; " + unread
                        + " part(s) of the input could not be read (see the warnings), and a problem there would not show.";
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
