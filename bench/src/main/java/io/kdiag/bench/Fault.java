package io.kdiag.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One test case copied into a synthetic cluster, as the manifest records it.
 *
 * @param testCase the bundled case it was copied from
 * @param tag the suffix its namespaces and cluster-scoped names carry
 * @param id the diagnosis it must produce, or {@code null} for a healthy look-alike
 * @param rootCause that diagnosis' root cause as {@code Kind namespace/name} ({@code Kind name}
 *     when cluster-scoped), or {@code null} when the case does not say
 * @param present other diagnosis ids the case also produces
 * @param absent diagnosis ids the case must not produce
 * @param names the case's namespaces and cluster-scoped names, as renamed: a diagnosis whose root
 *     cause is in one of them comes from this case
 */
public record Fault(String testCase, String tag, String id, String rootCause, List<String> present,
                   List<String> absent, List<String> names) {

    /** Copies the lists. */
    public Fault {
        present = List.copyOf(present);
        absent = List.copyOf(absent);
        names = List.copyOf(names);
    }

    /** Whether a diagnosis is expected of this case. */
    @JsonIgnore
    public boolean isFault() {
        return id != null;
    }
}
