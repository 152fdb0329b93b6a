package io.kdiag.facts.chain;

import io.kdiag.facts.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One link of a diagnosis chain, from symptom towards root cause.
 *
 * @param id the link's id; the playbook content gives its words under {@code links:}
 * @param values the values its words name, for example {@code pod} or {@code node}
 * @param evidence what shows the link holds, each with where it was read
 */
public record Link(String id, Map<String, String> values, List<Evidence> evidence) {

    /** Copies the values and evidence, keeping their order. */
    public Link {
        Objects.requireNonNull(id, "id");
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        evidence = List.copyOf(evidence);
    }

    /** A link with its evidence and no values yet. */
    public static Link of(String id, Evidence... evidence) {
        return new Link(id, Map.of(), List.of(evidence));
    }

    /** This link with one more value for its words. */
    public Link with(String name, Object value) {
        Map<String, String> more = new LinkedHashMap<>(values);
        more.put(name, String.valueOf(value));
        return new Link(id, more, evidence);
    }

    /** This link with more evidence. */
    public Link and(Evidence... more) {
        List<Evidence> all = new ArrayList<>(evidence);
        all.addAll(List.of(more));
        return new Link(id, values, all);
    }
}
