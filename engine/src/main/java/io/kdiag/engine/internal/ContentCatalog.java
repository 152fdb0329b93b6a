package io.kdiag.engine.internal;

import io.kdiag.engine.RuleCompilationException;
import io.kdiag.engine.RuleError;
import io.kdiag.engine.internal.PlaybookContent.DiagnosisContent;
import io.kdiag.engine.internal.PlaybookContent.Needs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The words of all loaded playbooks, by link id and by diagnosis id. A link or diagnosis id
 * belongs to one playbook only.
 */
public final class ContentCatalog {

    private final Map<String, String> links;
    private final Map<String, DiagnosisContent> diagnoses;
    private final Map<String, Playbook> owners;
    private final SortedMap<String, Needs> needs;

    private ContentCatalog(Map<String, String> links, Map<String, DiagnosisContent> diagnoses,
            Map<String, Playbook> owners, SortedMap<String, Needs> needs) {
        this.links = Map.copyOf(links);
        this.diagnoses = Map.copyOf(diagnoses);
        this.owners = Map.copyOf(owners);
        this.needs = Collections.unmodifiableSortedMap(new TreeMap<>(needs));
    }

    /**
     * Merges the content of the playbooks.
     *
     * @throws RuleCompilationException when two playbooks define the same link or diagnosis id
     */
    public static ContentCatalog of(List<Playbook> playbooks) throws RuleCompilationException {
        Map<String, String> links = new HashMap<>();
        Map<String, DiagnosisContent> diagnoses = new HashMap<>();
        Map<String, Playbook> owners = new HashMap<>();
        Map<String, Playbook> linkOwners = new HashMap<>();
        SortedMap<String, Needs> needs = new TreeMap<>();
        List<RuleError> errors = new ArrayList<>();
        for (Playbook playbook : playbooks) {
            needs.put(playbook.id(), playbook.content().needs());
            playbook.content().links().forEach((id, text) -> {
                Playbook other = linkOwners.putIfAbsent(id, playbook);
                if (other != null) {
                    errors.add(duplicate(playbook, "link", id, other));
                }
                links.put(id, text);
            });
            playbook.content().diagnoses().forEach((id, content) -> {
                Playbook other = owners.putIfAbsent(id, playbook);
                if (other != null) {
                    errors.add(duplicate(playbook, "diagnosis", id, other));
                }
                diagnoses.put(id, content);
            });
        }
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        return new ContentCatalog(links, diagnoses, owners, needs);
    }

    private static RuleError duplicate(Playbook playbook, String what, String id, Playbook other) {
        return ContentChecks.at(playbook.contentPath(), playbook.contentText(), id + ":",
                what + " '" + id + "' is already defined by playbook " + other.id() + " (" + other.origin() + ")");
    }

    /** The words of a link, if a playbook defines them. */
    public Optional<String> link(String id) {
        return Optional.ofNullable(links.get(id));
    }

    /** The content of a diagnosis, if a playbook defines it. */
    public Optional<DiagnosisContent> diagnosis(String id) {
        return Optional.ofNullable(diagnoses.get(id));
    }

    /** The playbook that defines a diagnosis, if any. */
    public Optional<Playbook> owner(String diagnosisId) {
        return Optional.ofNullable(owners.get(diagnosisId));
    }

    /** What each playbook reads from a snapshot, by playbook id, sorted. */
    public SortedMap<String, Needs> needs() {
        return needs;
    }

    /** Every value name the diagnoses declare under {@code values:} (all a placeholder may name), sorted. */
    public SortedSet<String> valueNames() {
        SortedSet<String> names = new TreeSet<>();
        diagnoses.values().forEach(content -> names.addAll(content.values().keySet()));
        return Collections.unmodifiableSortedSet(names);
    }

    /** Every diagnosis id with content, sorted. */
    public List<String> diagnosisIds() {
        return diagnoses.keySet().stream().sorted().toList();
    }
}
