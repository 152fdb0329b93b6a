package io.kdiag.engine.internal;

import io.kdiag.facts.chain.Candidate;
import io.kdiag.facts.snapshot.SnapshotWarning;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks at run time that every candidate carries only values its diagnosis declares under
 * {@code values:} in its content file: its own and those it inherits from its chain. A value
 * the declaration leaves out is a {@code rules} warning naming the rule that concluded the
 * candidate (the test kit fails a case on it), and the diagnosis is still reported. A candidate
 * without content is the ranking step's to warn of, since it cannot be reported at all.
 */
final class DeclaredValues {

    private DeclaredValues() {
    }

    /** One warning per rule, diagnosis and undeclared value, in message order. */
    static List<SnapshotWarning> check(SessionRunner.Conclusions concluded, ContentCatalog catalog, RuleSources sources) {
        Set<String> messages = new TreeSet<>();
        for (Candidate candidate : concluded.candidates()) {
            String id = candidate.diagnosisId();
            catalog.diagnosis(id).ifPresent(content -> candidate.values().keySet().stream()
                    .filter(name -> !content.values().containsKey(name))
                    .forEach(name -> messages.add(sources.blame(concluded.concludedBy().get(candidate), id,
                            "\"" + name + "\"", "\"" + id + "\"") + ": value '" + name + "' is not declared: add it"
                            + " under values: of " + id + " in " + catalog.owner(id).map(Playbook::contentPath)
                            .orElse("its content file"))));
        }
        return messages.stream().map(message -> new SnapshotWarning("rules", message)).toList();
    }
}
