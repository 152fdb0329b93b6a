package io.kdiag.engine.internal;

import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.chain.Candidate;
import io.kdiag.facts.chain.Link;
import io.kdiag.facts.chain.Support;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns what the rules concluded into diagnoses: candidates for the same diagnosis and root
 * cause become one, their certainties and support combine, and a candidate whose whole chain
 * another diagnosis' chain contains is folded into it (the symptom is explained).
 * See {@code docs/ranking.md}.
 */
final class Ranking {

    private static final Comparator<Candidate> MOST_CERTAIN = Comparator
            .comparingDouble(Candidate::certainty).reversed()
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.chain().size()).reversed())
            .thenComparing(Candidate::toString);

    private Ranking() {
    }

    /** The conclusions, one per diagnosis id and root cause, with explained symptoms folded away. */
    static List<Conclusion> conclude(List<Candidate> candidates, List<Support> supports) {
        Map<String, List<Candidate>> groups = candidates.stream().collect(Collectors.groupingBy(
                Ranking::key, TreeMap::new, Collectors.toList()));
        Map<String, List<Support>> support = supports.stream().collect(Collectors.groupingBy(
                s -> s.diagnosisId() + "\u0000" + s.rootCause(), TreeMap::new, Collectors.toList()));
        List<Conclusion> conclusions = new ArrayList<>();
        groups.forEach((key, group) -> {
            if (!explainedElsewhere(group, groups)) {
                conclusions.add(combine(group, support.getOrDefault(key, List.of())));
            }
        });
        return conclusions;
    }

    private static String key(Candidate candidate) {
        return candidate.diagnosisId() + "\u0000" + candidate.rootCause();
    }

    private static Conclusion combine(List<Candidate> group, List<Support> supports) {
        List<Candidate> sorted = group.stream().sorted(MOST_CERTAIN).toList();
        Map<String, Double> factors = new TreeMap<>();
        for (Candidate candidate : sorted) {
            factors.merge(candidate.reason(), candidate.certainty(), Math::max);
        }
        for (Support s : supports) {
            factors.merge(s.reason(), s.certainty(), (a, b) -> Math.abs(a) >= Math.abs(b) ? a : b);
        }
        Set<ObjectRef> affected = new LinkedHashSet<>();
        sorted.forEach(c -> affected.addAll(c.affected()));
        double confidence = Math.max(0, Certainty.combineAll(factors.values()));
        List<String> reasons = factors.entrySet().stream()
                .map(e -> String.format(java.util.Locale.ROOT, "%+.2f %s", e.getValue(), e.getKey()))
                .toList();
        return new Conclusion(sorted.get(0), List.copyOf(affected), confidence, reasons);
    }

    /** Whether every candidate of the group is a symptom whose chain another diagnosis' chain contains. */
    private static boolean explainedElsewhere(List<Candidate> group, Map<String, List<Candidate>> groups) {
        return group.stream().allMatch(candidate -> groups.values().stream()
                .flatMap(List::stream)
                .anyMatch(other -> !other.diagnosisId().equals(candidate.diagnosisId())
                        && other.chain().size() > candidate.chain().size()
                        && containsAll(other.chain(), candidate.chain())));
    }

    private static boolean containsAll(List<Link> chain, List<Link> links) {
        return chain.containsAll(links);
    }
}
