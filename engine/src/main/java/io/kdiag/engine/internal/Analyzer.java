package io.kdiag.engine.internal;

import io.kdiag.engine.AnalysisOptions;
import io.kdiag.engine.report.Report;
import io.kdiag.engine.report.SnapshotSummary;
import io.kdiag.facts.snapshot.Snapshot;
import io.kdiag.facts.snapshot.SnapshotWarning;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;

/**
 * One analysis from snapshot to report: run the session, then the one ranking step over what it
 * concluded. Stateless apart from the shared, read-only rule base.
 */
public final class Analyzer {

    private final KieBase kieBase;
    private final ContentCatalog catalog;
    private final RuleSources sources;
    private final String version;

    /** An analyzer over a compiled rule base, the content of its playbooks and their DRL (to name a rule in a warning). */
    Analyzer(KieBase kieBase, ContentCatalog catalog, RuleSources sources, String version) {
        this.kieBase = kieBase;
        this.catalog = catalog;
        this.sources = sources;
        this.version = version;
    }

    /** Analyses one snapshot. */
    public Report analyze(Snapshot snapshot, AnalysisOptions options) {
        Instant now = options.now().or(snapshot::captureTime).orElse(Instant.EPOCH);
        SessionRunner.Conclusions conclusions = SessionRunner.run(kieBase, snapshot, now);
        List<SnapshotWarning> warnings = new ArrayList<>(snapshot.warnings());
        warnings.addAll(CoverageWarnings.of(snapshot, catalog.needs()));
        if (conclusions.exhausted()) {
            warnings.add(new SnapshotWarning("rules", "stopped after " + SessionRunner.MAX_FIRINGS
                    + " rule firings: a playbook may loop; diagnoses may be incomplete"));
        }
        Ranking.Result ranked = Ranking.rank(conclusions, catalog, sources, options.minSeverity());
        warnings.addAll(ranked.warnings());
        warnings.addAll(DeclaredValues.check(conclusions, catalog, sources));
        SnapshotSummary summary = new SnapshotSummary(snapshot.sources(),
                snapshot.captureTime().map(Instant::toString).orElse(null), now.toString(),
                snapshot.counts(), warnings.stream().map(w -> new SnapshotSummary.Warning(w.source(), w.message(), w.unread())).toList());
        return new Report(Report.SCHEMA_VERSION, new Report.Tool("kdiag", version), summary, ranked.diagnoses());
    }
}
