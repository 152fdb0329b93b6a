package io.kdiag.engine;

import io.kdiag.engine.internal.Analyzer;
import io.kdiag.engine.internal.PlaybookSet;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * kdiag as a library: compiles playbooks once, then analyses any number of snapshots.
 *
 * <pre>{@code
 * Kdiag kdiag = Kdiag.builder().build();                        // the bundled playbooks
 * Report report = kdiag.analyze(List.of(Path.of("dump/")));
 * report.top().ifPresent(d -> System.out.println(d.id() + ": " + d.title()));
 * ReportFormat.JSON.write(report, writer);                       // the contract's JSON
 * }</pre>
 *
 * <p>Snapshots come from paths, from a stream of YAML or JSON, or from the fabric8 objects a
 * program already holds; see {@link SnapshotLoader}.
 *
 * <p>Building reads the bundled playbooks as the build compiled them, or compiles every
 * playbook when rule folders are added (about a second); do it once and share the instance.
 * A {@code Kdiag} is immutable and thread-safe: each analysis runs in a Drools session of its
 * own over the shared, read-only knowledge base. Analyses never read the wall clock; the
 * same snapshot and options give the same report, byte for byte once rendered.
 */
public final class Kdiag {

    private static final Logger LOG = LoggerFactory.getLogger(Kdiag.class);

    private final PlaybookSet playbooks;
    private final Analyzer analyzer;
    private final SnapshotLoader loader = new SnapshotLoader();

    private Kdiag(PlaybookSet playbooks) {
        this.playbooks = playbooks;
        this.analyzer = playbooks.analyzer(version());
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
     * @throws NothingReadableException when no Kubernetes object could be read from the paths
     */
    public Report analyze(List<Path> paths) throws SnapshotException {
        return analyze(paths, AnalysisOptions.defaults());
    }

    /**
     * Reads the paths into one snapshot and analyses it. Input that could not be read is named
     * in the report's warnings and its {@link Report#unreadInput()}.
     *
     * @throws SnapshotException when a path does not exist or cannot be listed
     * @throws NothingReadableException when no Kubernetes object could be read from the paths
     *     (only logs, or nothing): there is nothing to analyse
     */
    public Report analyze(List<Path> paths, AnalysisOptions options) throws SnapshotException {
        return analyzeIfReadable(loader.load(paths), options);
    }

    /**
     * Analyses a snapshot that holds at least one Kubernetes object, as {@link #analyze(List,
     * AnalysisOptions)} does for paths; use it for snapshots read elsewhere (a live capture).
     *
     * @throws NothingReadableException when the snapshot holds no Kubernetes object (only logs,
     *     or nothing): there is nothing to analyse
     */
    public Report analyzeIfReadable(Snapshot snapshot, AnalysisOptions options) throws NothingReadableException {
        if (!snapshot.hasObjects()) {
            throw new NothingReadableException(snapshot);
        }
        return analyze(snapshot, options);
    }

    /** Analyses a snapshot with the default options. */
    public Report analyze(Snapshot snapshot) {
        return analyze(snapshot, AnalysisOptions.defaults());
    }

    /** Analyses a snapshot; neither argument is changed. */
    public Report analyze(Snapshot snapshot, AnalysisOptions options) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(options, "options");
        Report report = analyzer.analyze(snapshot, options);
        LOG.debug("analysed {} facts from {}: {} diagnoses", snapshot.facts().size(), snapshot.sources(),
                report.diagnoses().size());
        return report;
    }

    /** The playbooks this instance runs, in load order. */
    public List<PlaybookInfo> playbooks() {
        return playbooks.infos();
    }

    /** What a diagnosis id means, if a loaded playbook concludes it. */
    public Optional<DiagnosisInfo> explain(String diagnosisId) {
        return playbooks.explain(diagnosisId);
    }

    /** Every diagnosis id the loaded playbooks describe, sorted. */
    public List<String> diagnosisIds() {
        return playbooks.catalog().diagnosisIds();
    }

    /**
     * Every value name the loaded playbooks' diagnoses declare under {@code values:}, sorted: the
     * only names their texts may use as placeholders ({@code {node}}), so a report never shows one
     * of these in braces unless a text was filled wrong.
     */
    public SortedSet<String> valueNames() {
        return playbooks.catalog().valueNames();
    }

    /**
     * Chooses the playbooks a {@link Kdiag} runs. Not thread-safe; build once.
     *
     * <p>DRL is code that runs inside the analysing process: only the folders named here are
     * loaded, never a default location.
     */
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
         * Adds the playbooks in a folder and its sub-folders: each {@code .drl} file with the
         * {@code .yaml} content file of the same name beside it. The DRL may use any package and
         * import the link types the bundled playbooks declare. Add only folders you trust.
         */
        public Builder addRuleFolder(Path folder) {
            folders.add(Objects.requireNonNull(folder, "folder"));
            return this;
        }

        /**
         * Compiles and checks the playbooks.
         *
         * @throws RuleCompilationException with every error found: unreadable folders and files,
         *     invalid content files, DRL compile errors, and content that does not match the DRL
         *     (a concluded diagnosis or a link without words, a placeholder no rule sets); each
         *     names its file, line and column
         */
        public Kdiag build() throws RuleCompilationException {
            long start = System.nanoTime();
            PlaybookSet set = PlaybookSet.compile(builtin, folders);
            LOG.debug("compiled {} playbooks in {} ms", set.infos().size(), (System.nanoTime() - start) / 1_000_000);
            return new Kdiag(set);
        }
    }
}
