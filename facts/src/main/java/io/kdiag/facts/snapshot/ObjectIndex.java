package io.kdiag.facts.snapshot;

import io.kdiag.facts.KubeObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Keeps one copy of each Kubernetes object, however often it was read (the same pod in a
 * must-gather's {@code core/pods.yaml} and in its own file, or in two dumps given together).
 *
 * <p>The copy kept is the newest: the highest {@code resourceVersion}, then the newest timestamp
 * it records, then, for a deterministic choice, the smallest source. When copies differ in
 * content, a warning names the copy kept and the others.
 */
final class ObjectIndex {

    /** One copy of an object, reduced to what choosing between copies needs. */
    private record Copy(String kind, String label, long resourceVersion, Instant newest, String source,
            int fingerprint, KubeObject fact) {
    }

    private static final Comparator<Copy> NEWEST_FIRST = Comparator
            .comparingLong(Copy::resourceVersion).reversed()
            .thenComparing(Copy::newest, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Copy::source);

    private final Map<String, Copy> kept = new LinkedHashMap<>();
    private final Map<String, List<Copy>> conflicts = new LinkedHashMap<>();

    /**
     * Adds one copy.
     *
     * @param raw the object as read (its identity, resourceVersion and content)
     * @param fact the object's fact, or {@code null} when kdiag has no rules for its kind
     */
    void add(RawObject raw, KubeObject fact) {
        Instant newest = fact == null ? null : fact.latestTimestamp().orElse(null);
        Copy copy = new Copy(raw.kind(), label(raw), resourceVersion(raw), newest, raw.source(), raw.tree().hashCode(),
                fact);
        String key = key(raw);
        Copy other = kept.get(key);
        if (other == null) {
            kept.put(key, copy);
            return;
        }
        if (other.fingerprint() != copy.fingerprint()) {
            List<Copy> seen = conflicts.computeIfAbsent(key, k -> new ArrayList<>(List.of(other)));
            seen.add(copy);
        }
        kept.put(key, NEWEST_FIRST.compare(copy, other) < 0 ? copy : other);
    }

    /** The facts of the copies kept, in the order their objects were first read. */
    List<Object> facts() {
        return kept.values().stream().map(Copy::fact).filter(java.util.Objects::nonNull).map(Object.class::cast).toList();
    }

    /** How many objects of each kind were kept. */
    SortedMap<String, Integer> counts() {
        return kept.values().stream().collect(Collectors.toMap(Copy::kind, c -> 1, Integer::sum, TreeMap::new));
    }

    /** One warning for each object read in copies that differ, at the copy kept. */
    List<SnapshotWarning> conflicts() {
        List<SnapshotWarning> warnings = new ArrayList<>();
        conflicts.forEach((key, copies) -> {
            Copy winner = kept.get(key);
            String others = copies.stream().filter(c -> c != winner).map(Copy::source).distinct().sorted()
                    .collect(Collectors.joining(", "));
            warnings.add(new SnapshotWarning(winner.source(), winner.kind() + " " + winner.label()
                    + " was read more than once with different content (also at " + others + "); kept this copy"
                    + describe(winner)));
        });
        return warnings;
    }

    private static String describe(Copy copy) {
        if (copy.resourceVersion() >= 0) {
            return ", the newest (resourceVersion " + copy.resourceVersion() + ")";
        }
        return Optional.ofNullable(copy.newest()).map(t -> ", the newest (" + t + ")").orElse(", the first by source");
    }

    /** Kind, API group, namespace and name: the identity of an object across API versions. */
    private static String key(RawObject raw) {
        String apiVersion = raw.apiVersion();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return raw.kind() + "\u0000" + group + "\u0000" + label(raw);
    }

    private static String label(RawObject raw) {
        String namespace = raw.tree().path("metadata").path("namespace").asText("");
        String name = raw.tree().path("metadata").path("name").asText("");
        return namespace.isEmpty() ? name : namespace + "/" + name;
    }

    /** The resourceVersion as a number (etcd's revision), or -1 when it is missing or opaque. */
    private static long resourceVersion(RawObject raw) {
        String text = raw.tree().path("metadata").path("resourceVersion").asText("");
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(text);
    }
}
