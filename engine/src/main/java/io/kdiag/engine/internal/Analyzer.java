package io.kdiag.engine.internal;

import io.kdiag.engine.AnalysisOptions;
import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.Report;
import io.kdiag.engine.report.SnapshotSummary;
import io.kdiag.facts.snapshot.Snapshot;
import io.kdiag.facts.snapshot.SnapshotWarning;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kie.api.KieBase;

/**
 * One analysis from snapshot to report: run the session, rank what it concluded, give each
 * diagnosis its words and order them. Stateless apart from the shared, read-only rule base.
 */
public final class Analyzer {

    /**
     * The one ordering of diagnoses: likely ones (confidence 0.5 or more) before unlikely ones;
     * then by severity, gravest first; then by confidence, highest first; then by id and root
     * cause, so that equal diagnoses always come out in the same order.
     */
    static final Comparator<Diagnosis> ORDER = Comparator
            .comparing((Diagnosis d) -> d.confidence() < 0.5)
            .thenComparing(Diagnosis::severity)
            .thenComparing(Comparator.comparingDouble(Diagnosis::confidence).reversed())
            .thenComparing(Diagnosis::id)
            .thenComparing(d -> d.rootCause().kind() + "/" + d.rootCause().namespace() + "/" + d.rootCause().name());

    private final KieBase kieBase;
    private final ContentCatalog catalog;
    private final String version;

    /** An analyzer over a compiled rule base and the content of its playbooks. */
    public Analyzer(KieBase kieBase, ContentCatalog catalog, String version) {
        this.kieBase = kieBase;
        this.catalog = catalog;
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
        ReportAssembler assembler = new ReportAssembler(catalog, new Impact(snapshot));
        List<Diagnosis> diagnoses = new ArrayList<>();
        for (Conclusion conclusion : Ranking.conclude(conclusions.candidates(), conclusions.supports())) {
            try {
                Diagnosis diagnosis = assembler.diagnosis(conclusion);
                if (diagnosis.severity().atLeast(options.minSeverity())) {
                    diagnoses.add(diagnosis);
                }
            } catch (IllegalStateException e) {
                warnings.add(new SnapshotWarning("rules", conclusion.diagnosisId() + ": " + e.getMessage()));
            }
        }
        diagnoses.sort(ORDER);
        List<Diagnosis> ranked = new ArrayList<>(diagnoses.size());
        for (int i = 0; i < diagnoses.size(); i++) {
            ranked.add(ranked(diagnoses.get(i), i + 1));
        }
        SnapshotSummary summary = new SnapshotSummary(snapshot.sources(),
                snapshot.captureTime().map(Instant::toString).orElse(null), now.toString(),
                snapshot.counts(), warnings.stream().map(w -> new SnapshotSummary.Warning(w.source(), w.message(), w.unread())).toList());
        return new Report(Report.SCHEMA_VERSION, new Report.Tool("kdiag", version), summary, ranked);
    }

    private static Diagnosis ranked(Diagnosis d, int rank) {
        return new Diagnosis(rank, d.id(), d.title(), d.severity(), d.confidence(), d.summary(), d.rootCause(),
                d.affected(), d.chain(), d.remediation(), d.verification(), d.prevention(), d.references(),
                d.confidenceFactors());
    }
}
