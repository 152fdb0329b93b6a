package io.kdiag.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many diagnoses a report holds, by severity and by id: what a pipeline or a dashboard
 * reads first.
 *
 * @param diagnoses how many diagnoses in all
 * @param bySeverity how many of each severity, every severity present, gravest first
 * @param byId how many of each diagnosis id, ids sorted
 */
@JsonPropertyOrder({"diagnoses", "bySeverity", "byId"})
public record ReportSummary(int diagnoses, Map<String, Integer> bySeverity, SortedMap<String, Integer> byId) {

    /** Copies the maps, keeping the severity order. */
    public ReportSummary {
        bySeverity = Collections.unmodifiableMap(new LinkedHashMap<>(bySeverity));
        byId = Collections.unmodifiableSortedMap(new TreeMap<>(byId));
    }

    /** Counts these diagnoses. */
    public static ReportSummary of(List<Diagnosis> diagnoses) {
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity.label(), 0);
        }
        SortedMap<String, Integer> byId = new TreeMap<>();
        for (Diagnosis d : diagnoses) {
            bySeverity.merge(d.severity().label(), 1, Integer::sum);
            byId.merge(d.id(), 1, Integer::sum);
        }
        return new ReportSummary(diagnoses.size(), bySeverity, byId);
    }

    /** How many diagnoses have this severity. */
    public int count(Severity severity) {
        return bySeverity.getOrDefault(severity.label(), 0);
    }
}
