package io.kdiag.engine.internal;

import io.kdiag.engine.internal.PlaybookContent.DiagnosisContent;
import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.Severity;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.chain.AffectedWorkload;
import io.kdiag.facts.chain.Candidate;
import io.kdiag.facts.chain.Link;
import io.kdiag.facts.chain.Support;
import io.kdiag.facts.snapshot.SnapshotWarning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The one ranking step, from what the rules concluded to the ranked diagnoses
 * (see {@code docs/ranking.md}):
 * <ol>
 *   <li>candidates for the same diagnosis and root cause become one conclusion, their certainties
 *       and support combine, and a candidate whose whole chain another diagnosis' chain contains
 *       is folded into it (the symptom is explained);</li>
 *   <li>each conclusion's affected objects are followed by the workloads the rules found they
 *       harm ({@link AffectedWorkload}), and a {@code high} diagnosis becomes {@code critical}
 *       when one of them is fully down;</li>
 *   <li>diagnoses below the minimum severity are left out, the rest take the one {@link #ORDER}
 *       and each is built once, with its rank.</li>
 * </ol>
 */
final class Ranking {

    /**
     * The one ordering of diagnoses: likely ones (confidence 0.5 or more) before unlikely ones;
     * then by severity, gravest first; then by confidence, highest first; then by id and root
     * cause, so that equal diagnoses always come out in the same order.
     */
    static final Comparator<Ranked> ORDER = Comparator
            .comparing((Ranked r) -> r.confidence() < 0.5)
            .thenComparing(Ranked::severity)
            .thenComparing(Comparator.comparingDouble(Ranked::confidence).reversed())
            .thenComparing(Ranked::id)
            .thenComparing(Ranked::rootCause);

    private static final Comparator<Candidate> MOST_CERTAIN = Comparator
            .comparingDouble(Candidate::certainty).reversed()
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.chain().size()).reversed())
            .thenComparing(Candidate::toString);

    private static final Comparator<AffectedWorkload> BY_WORKLOAD = Comparator
            .comparing(AffectedWorkload::workload).thenComparing(AffectedWorkload::fullyDown);

    private Ranking() {
    }

    /**
     * A diagnosis with its words, waiting for its rank.
     *
     * @param id the diagnosis id
     * @param rootCause its root cause, as {@code kind/namespace/name}
     * @param severity its severity, raised when a workload it harms is fully down
     * @param confidence its confidence, rounded to two decimals as the report shows it
     * @param at the diagnosis built with a rank
     */
    record Ranked(String id, String rootCause, Severity severity, double confidence, IntFunction<Diagnosis> at) {
    }

    /**
     * The ranked diagnoses, and a warning for each conclusion that could not be given its words.
     *
     * @param diagnoses the diagnoses at or above the minimum severity, rank 1 first
     * @param warnings for each diagnosis left out because its playbook has no content for it or a
     *     text names a value the rules did not bind, in conclusion order
     */
    record Result(List<Diagnosis> diagnoses, List<SnapshotWarning> warnings) {
    }

    /** Ranks what one session concluded; a warning names the rule that concluded what it is about. */
    static Result rank(SessionRunner.Conclusions concluded, ContentCatalog catalog, RuleSources sources,
            Severity minSeverity) {
        ReportAssembler assembler = new ReportAssembler(catalog);
        List<Ranked> ranked = new ArrayList<>();
        List<SnapshotWarning> warnings = new ArrayList<>();
        for (Conclusion conclusion : conclude(concluded.candidates(), concluded.supports(), concluded.workloads())) {
            try {
                DiagnosisContent content = catalog.diagnosis(conclusion.diagnosisId()).orElseThrow(() ->
                        new IllegalStateException("it has no content: add it under diagnoses: in a content file"));
                Severity severity = severity(content.severity(), conclusion);
                double confidence = Math.round(conclusion.confidence() * 100) / 100.0;
                IntFunction<Diagnosis> words = assembler.diagnosis(conclusion, content, severity, confidence);
                if (severity.atLeast(minSeverity)) {
                    ObjectRef root = conclusion.rootCause();
                    ranked.add(new Ranked(conclusion.diagnosisId(),
                            root.kind() + "/" + root.namespace() + "/" + root.name(), severity, confidence, words));
                }
            } catch (IllegalStateException e) {
                String id = conclusion.diagnosisId();
                warnings.add(new SnapshotWarning("rules", sources.blame(concluded.concludedBy().get(conclusion.primary()),
                        id, "\"" + id + "\"") + ": " + e.getMessage()));
            }
        }
        ranked.sort(ORDER);
        List<Diagnosis> diagnoses = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            diagnoses.add(r.at().apply(diagnoses.size() + 1));
        }
        return new Result(diagnoses, warnings);
    }

    /** A workload fully down turns a diagnosis that blocks pods into a critical one. */
    private static Severity severity(Severity base, Conclusion conclusion) {
        return base == Severity.HIGH && conclusion.workloadDown() ? Severity.CRITICAL : base;
    }

    /**
     * The conclusions, one per diagnosis id and root cause, with explained symptoms folded away,
     * in id and root cause order.
     */
    static List<Conclusion> conclude(List<Candidate> candidates, List<Support> supports,
            List<AffectedWorkload> workloads) {
        Map<String, List<Candidate>> groups = candidates.stream().collect(Collectors.groupingBy(
                Ranking::key, TreeMap::new, Collectors.toList()));
        Map<String, List<Support>> support = supports.stream().collect(Collectors.groupingBy(
                s -> s.diagnosisId() + "\u0000" + s.rootCause(), TreeMap::new, Collectors.toList()));
        Map<ObjectRef, List<AffectedWorkload>> harmed = workloads.stream().sorted(BY_WORKLOAD)
                .collect(Collectors.groupingBy(AffectedWorkload::object));
        List<Conclusion> conclusions = new ArrayList<>();
        groups.forEach((key, group) -> {
            if (!explainedElsewhere(group, groups)) {
                conclusions.add(combine(group, support.getOrDefault(key, List.of()), harmed));
            }
        });
        return conclusions;
    }

    private static String key(Candidate candidate) {
        return candidate.diagnosisId() + "\u0000" + candidate.rootCause();
    }

    private static Conclusion combine(List<Candidate> group, List<Support> supports,
            Map<ObjectRef, List<AffectedWorkload>> harmed) {
        List<Candidate> sorted = group.stream().sorted(MOST_CERTAIN).toList();
        Map<String, Double> factors = new TreeMap<>();
        for (Candidate candidate : sorted) {
            factors.merge(candidate.reason(), candidate.certainty(), Math::max);
        }
        for (Support s : supports) {
            factors.merge(s.reason(), s.certainty(), (a, b) -> Math.abs(a) >= Math.abs(b) ? a : b);
        }
        Set<ObjectRef> named = new LinkedHashSet<>();
        sorted.forEach(c -> named.addAll(c.affected()));
        List<AffectedWorkload> reached = named.stream()
                .flatMap(ref -> harmed.getOrDefault(ref, List.of()).stream()).toList();
        Set<ObjectRef> affected = new LinkedHashSet<>(named);
        reached.forEach(w -> affected.add(w.workload()));
        double confidence = Math.max(0, Certainty.combineAll(factors.values()));
        List<String> reasons = factors.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%+.2f %s", e.getValue(), e.getKey()))
                .toList();
        return new Conclusion(sorted.get(0), List.copyOf(affected), reached.stream().anyMatch(AffectedWorkload::fullyDown),
                confidence, reasons);
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
