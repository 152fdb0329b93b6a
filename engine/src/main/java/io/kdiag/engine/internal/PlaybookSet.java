package io.kdiag.engine.internal;

import io.kdiag.engine.DiagnosisInfo;
import io.kdiag.engine.PlaybookInfo;
import io.kdiag.engine.RuleCompilationException;
import io.kdiag.engine.RuleError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * The compiled playbooks of one {@link io.kdiag.engine.Kdiag}: the knowledge base (kept inside),
 * the merged content, and what {@code rules list} and {@code explain} show. Immutable.
 */
public final class PlaybookSet {

    private final KieBase kieBase;
    private final ContentCatalog catalog;
    private final RuleSources sources;
    private final List<PlaybookInfo> infos;

    private PlaybookSet(KieBase kieBase, ContentCatalog catalog, RuleSources sources, List<PlaybookInfo> infos) {
        this.kieBase = kieBase;
        this.catalog = catalog;
        this.sources = sources;
        this.infos = List.copyOf(infos);
    }

    /** The compiled rules, shared read-only by every session. */
    KieBase kieBase() {
        return kieBase;
    }

    /** The words of every playbook. */
    public ContentCatalog catalog() {
        return catalog;
    }

    /** Each playbook, in load order. */
    public List<PlaybookInfo> infos() {
        return infos;
    }

    /** An analyzer over these playbooks, naming this version of kdiag in its reports. */
    public Analyzer analyzer(String version) {
        return new Analyzer(kieBase, catalog, sources, version);
    }

    /**
     * Loads, checks and compiles the bundled playbooks (when asked) and those in the folders.
     * The errors of reading, merging, checking the content and compiling are collected together,
     * so one run shows them all; the content checks run only when reading and merging succeeded,
     * since a content file that did not parse would make the values it declares look missing.
     *
     * @throws RuleCompilationException with every error, ordered by file, line and column
     */
    public static PlaybookSet compile(boolean builtin, List<Path> folders) throws RuleCompilationException {
        List<Playbook> all = new ArrayList<>();
        List<RuleError> errors = new ArrayList<>();
        if (builtin) {
            all.addAll(PlaybookLoader.bundled());
        }
        for (Path folder : folders) {
            PlaybookLoader.Loaded loaded = PlaybookLoader.fromFolder(folder);
            all.addAll(loaded.playbooks());
            errors.addAll(loaded.errors());
        }
        if (all.isEmpty() && errors.isEmpty()) {
            errors.add(new RuleError(folders.isEmpty() ? "<rules>" : folders.get(0).toString(), 0, 0,
                    "no playbooks to run: no .drl file found" + (builtin ? "" : " and the bundled playbooks are left out")));
        }
        ContentCatalog catalog = null;
        try {
            catalog = ContentCatalog.of(all);
        } catch (RuleCompilationException e) {
            errors.addAll(e.errors());
        }
        if (errors.isEmpty()) {
            errors.addAll(ContentChecks.check(all));
        }
        KieBase kieBase = null;
        try {
            kieBase = builtin && folders.isEmpty() ? BundledRuleBase.load(all).orElse(null) : null;
            if (kieBase == null) {
                kieBase = RuleBase.compile(all);
            }
        } catch (RuleCompilationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(new LinkedHashSet<>(errors).stream()
                    .sorted(Comparator.comparing(RuleError::file).thenComparingInt(RuleError::line)
                            .thenComparingInt(RuleError::column))
                    .toList());
        }
        return new PlaybookSet(kieBase, catalog, RuleSources.of(all), infos(all, kieBase));
    }

    private static List<PlaybookInfo> infos(List<Playbook> playbooks, KieBase kieBase) {
        Map<String, List<Rule>> rulesByFile = new LinkedHashMap<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(rule -> {
            if (rule instanceof RuleImpl impl && impl.getResource() != null) {
                rulesByFile.computeIfAbsent(impl.getResource().getSourcePath(), f -> new ArrayList<>()).add(rule);
            }
        }));
        return playbooks.stream().map(p -> {
            Map<String, String> diagnoses = new LinkedHashMap<>();
            p.content().diagnoses().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> diagnoses.put(e.getKey(), e.getValue().title()));
            List<String> rules = rulesByFile.getOrDefault(p.drlPath(), List.of()).stream()
                    .sorted(Comparator.comparingInt(Rule::getLoadOrder)).map(Rule::getName).toList();
            return new PlaybookInfo(p.id(), p.origin(), p.drlPath(), rules, diagnoses);
        }).toList();
    }

    /** What a diagnosis id means, if a loaded playbook describes it. */
    public Optional<DiagnosisInfo> explain(String diagnosisId) {
        return catalog.diagnosis(diagnosisId).map(content -> {
            Playbook owner = catalog.owner(diagnosisId).orElseThrow();
            return new DiagnosisInfo(diagnosisId, owner.id(), owner.origin(), content.severity(), content.title(),
                    content.summary().strip(), content.explain().strip(),
                    content.remediation().stream().map(s -> s.title() + " [" + s.risk().label() + "]").toList(),
                    content.prevention().stream().map(String::strip).toList(), content.references());
        });
    }
}
