package io.kdiag.engine;

import io.kdiag.engine.internal.Analyzer;
import io.kdiag.engine.internal.ContentCatalog;
import io.kdiag.engine.internal.Playbook;
import io.kdiag.engine.internal.PlaybookLoader;
import io.kdiag.engine.internal.RuleBase;
import io.kdiag.engine.report.Report;
import io.kdiag.facts.snapshot.Snapshot;
import io.kdiag.facts.snapshot.SnapshotException;
import io.kdiag.facts.snapshot.SnapshotLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * kdiag as a library: compiles playbooks once, then analyses any number of snapshots.
 *
 * <pre>{@code
 * Kdiag kdiag = Kdiag.builder().build();                    // the bundled playbooks
 * Report report = kdiag.analyze(List.of(Path.of("dump/")));
 * report.top().ifPresent(d -> System.out.println(d.id() + ": " + d.title()));
 * }</pre>
 *
 * <p>Building compiles every playbook and takes about a second; do it once and share the
 * instance. A {@code Kdiag} is immutable and thread-safe: each analysis runs in a Drools session
 * of its own. Analyses never read the wall clock; the same snapshot and options give the same
 * report.
 */
public final class Kdiag {

    private final Analyzer analyzer;
    private final ContentCatalog catalog;
    private final List<PlaybookInfo> playbooks;
    private final SnapshotLoader loader = new SnapshotLoader();

    private Kdiag(Analyzer analyzer, ContentCatalog catalog, List<PlaybookInfo> playbooks) {
        this.analyzer = analyzer;
        this.catalog = catalog;
        this.playbooks = List.copyOf(playbooks);
    }

    /** A builder with the bundled playbooks and no others. */
    public static Builder builder() {
        return new Builder();
    }

    /** The version of kdiag, as reports name it. */
    public static String version() {
        try (InputStream in = Kdiag.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the paths into one snapshot and analyses it with the default options.
     *
     * @throws SnapshotException when a path does not exist or cannot be listed
     */
    public Report analyze(List<Path> paths) throws SnapshotException {
        return analyze(loader.load(paths), AnalysisOptions.defaults());
    }

    /** Analyses a snapshot with the default options. */
    public Report analyze(Snapshot snapshot) {
        return analyze(snapshot, AnalysisOptions.defaults());
    }

    /** Analyses a snapshot. */
    public Report analyze(Snapshot snapshot, AnalysisOptions options) {
        return analyzer.analyze(snapshot, options);
    }

    /** The playbooks this instance runs, in load order. */
    public List<PlaybookInfo> playbooks() {
        return playbooks;
    }

    /** What a diagnosis id means, if a loaded playbook concludes it. */
    public Optional<DiagnosisInfo> explain(String diagnosisId) {
        return catalog.diagnosis(diagnosisId).map(content -> {
            Playbook owner = catalog.owner(diagnosisId).orElseThrow();
            return new DiagnosisInfo(diagnosisId, owner.id(), owner.origin(), content.severity(), content.title(),
                    content.summary().strip(), content.explain().strip(),
                    content.remediation().stream().map(s -> s.title() + " [" + s.risk().label() + "]").toList(),
                    content.prevention().stream().map(String::strip).toList(), content.references());
        });
    }

    /** Every diagnosis id the loaded playbooks conclude, sorted. */
    public List<String> diagnosisIds() {
        return catalog.diagnosisIds();
    }

    /** Chooses the playbooks a {@link Kdiag} runs. Not thread-safe; build once. */
    public static final class Builder {
        private boolean builtin = true;
        private final List<Path> folders = new ArrayList<>();

        private Builder() {
        }

        /** Whether to run the bundled playbooks (default {@code true}). */
        public Builder builtinRules(boolean include) {
            this.builtin = include;
            return this;
        }

        /**
         * Adds the playbooks in a folder: each {@code .drl} file with the {@code .yaml} content
         * file of the same name beside it. DRL is code: add only folders you trust.
         */
        public Builder addRuleFolder(Path folder) {
            folders.add(folder);
            return this;
        }

        /**
         * Compiles the playbooks.
         *
         * @throws RuleCompilationException when a DRL or content file has errors; each names its
         *     file, line and column
         */
        public Kdiag build() throws RuleCompilationException {
            List<Playbook> all = new ArrayList<>();
            if (builtin) {
                all.addAll(PlaybookLoader.bundled());
            }
            for (Path folder : folders) {
                all.addAll(PlaybookLoader.fromFolder(folder));
            }
            ContentCatalog catalog = ContentCatalog.of(all);
            Analyzer analyzer = new Analyzer(RuleBase.compile(all), catalog, version());
            List<PlaybookInfo> infos = all.stream()
                    .map(p -> new PlaybookInfo(p.id(), p.origin(), p.content().diagnoses().entrySet().stream()
                            .map(e -> e.getKey() + ": " + e.getValue().title()).sorted().toList()))
                    .toList();
            return new Kdiag(analyzer, catalog, infos);
        }
    }
}
