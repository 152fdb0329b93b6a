package io.kdiag.facts.chain;

import io.kdiag.facts.KubeObject;
import io.kdiag.facts.ObjectRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A candidate diagnosis: a root cause a playbook has traced, with the chain that leads to it.
 *
 * <p>Two candidates with the same {@code diagnosisId} and {@code rootCause} are one diagnosis;
 * the engine combines their certainties and those of every matching {@link Support}.
 *
 * @param diagnosisId the stable diagnosis id, for example {@code stale-volumeattachment}
 * @param rootCause the object at the root of the problem
 * @param affected the objects the problem harms (pods, claims, workloads)
 * @param chain the links from the first visible symptom to the root cause
 * @param values the values the playbook's words and commands name: those of its chain's links
 *     (a later link's value replaces an earlier one's), then those the rule set itself (which
 *     replace both); a value may be a {@link List} of names, and a command naming it is then
 *     repeated for each
 * @param certainty what this chain alone is worth, from -1 (certainly not) to 1 (certain)
 * @param reason why the chain is worth that, in a few words
 */
public record Candidate(
        String diagnosisId,
        ObjectRef rootCause,
        List<ObjectRef> affected,
        List<Link> chain,
        Map<String, Object> values,
        double certainty,
        String reason) {

    /** Copies the collections, keeping their order, and checks the certainty's range. */
    public Candidate {
        Objects.requireNonNull(diagnosisId, "diagnosisId");
        Objects.requireNonNull(rootCause, "rootCause");
        affected = List.copyOf(affected);
        chain = List.copyOf(chain);
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        if (certainty < -1 || certainty > 1) {
            throw new IllegalArgumentException("certainty must be within [-1, 1]: " + certainty);
        }
    }

    /** Starts a candidate for the given diagnosis and root cause. */
    public static Builder of(String diagnosisId, KubeObject rootCause) {
        return new Builder(diagnosisId, rootCause.ref());
    }

    /** Starts a candidate whose root cause is known only by reference (for example a node that is gone). */
    public static Builder of(String diagnosisId, ObjectRef rootCause) {
        return new Builder(diagnosisId, rootCause);
    }

    /** Builds a {@link Candidate} step by step, as a rule's consequence reads best. */
    public static final class Builder {
        private final String diagnosisId;
        private final ObjectRef rootCause;
        private final List<ObjectRef> affected = new ArrayList<>();
        private final List<Link> chain = new ArrayList<>();
        private final Map<String, Object> values = new LinkedHashMap<>();

        private Builder(String diagnosisId, ObjectRef rootCause) {
            this.diagnosisId = diagnosisId;
            this.rootCause = rootCause;
        }

        /** Adds objects the problem harms. */
        public Builder affected(KubeObject... objects) {
            for (KubeObject object : objects) {
                affected.add(object.ref());
            }
            return this;
        }

        /** Adds an object the problem harms, by reference. */
        public Builder affected(ObjectRef object) {
            affected.add(object);
            return this;
        }

        /** Appends links to the chain, symptom first. */
        public Builder chain(Link... links) {
            chain.addAll(List.of(links));
            return this;
        }

        /**
         * Sets a value the playbook's words and commands name. The values of the chain's links
         * need not be set again: the candidate inherits them, and a value set here replaces an
         * inherited one of the same name.
         */
        public Builder with(String name, Object value) {
            values.put(name, value instanceof List<?> list ? List.copyOf(list) : String.valueOf(value));
            return this;
        }

        /** Sets several values at once, as {@link #with(String, Object)} sets each. */
        public Builder with(Map<String, ?> more) {
            more.forEach(this::with);
            return this;
        }

        /** Finishes the candidate with what its chain is worth and why, inheriting its links' values. */
        public Candidate certainty(double certainty, String reason) {
            Map<String, Object> all = new LinkedHashMap<>();
            chain.forEach(link -> all.putAll(link.values()));
            all.putAll(values);
            return new Candidate(diagnosisId, rootCause, affected, chain, all, certainty, reason);
        }
    }
}
