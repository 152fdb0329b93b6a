package io.kdiag.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.Severity;
import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.chain.AffectedWorkload;
import io.kdiag.facts.chain.Candidate;
import io.kdiag.facts.chain.Link;
import io.kdiag.facts.chain.Support;
import io.kdiag.facts.snapshot.SnapshotWarning;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final ObjectRef POD = new ObjectRef("Pod", "ns", "p");
    private static final ObjectRef VA = ObjectRef.cluster("VolumeAttachment", "csi-1");
    private static final Link SYMPTOM = Link.of("multi-attach-error", new Evidence(POD, "Multi-Attach", "e.yaml:1"));
    private static final Link CAUSE = Link.of("holder-node-ready", new Evidence(VA, "Ready", "n.yaml:1"));

    private static Candidate candidate(String id, ObjectRef root, double certainty, String reason, Link... chain) {
        return Candidate.of(id, root).affected(POD).chain(chain).certainty(certainty, reason);
    }

    private static List<Conclusion> conclude(List<Candidate> candidates, List<Support> supports) {
        return Ranking.conclude(candidates, supports, List.of());
    }

    @Test
    void aSymptomWhoseChainARootCauseContainsIsFoldedIntoIt() {
        List<Conclusion> conclusions = conclude(List.of(
                candidate("multi-attach-error", POD, 0.5, "symptom", SYMPTOM),
                candidate("stale-volumeattachment", VA, 0.8, "cause", SYMPTOM, CAUSE)), List.of());
        assertThat(conclusions).extracting(Conclusion::diagnosisId).containsExactly("stale-volumeattachment");
    }

    @Test
    void anUnexplainedSymptomStays() {
        assertThat(conclude(List.of(candidate("multi-attach-error", POD, 0.5, "symptom", SYMPTOM)), List.of()))
                .extracting(Conclusion::diagnosisId).containsExactly("multi-attach-error");
    }

    @Test
    void candidatesAndSupportForOneRootCauseCombine() {
        List<Conclusion> conclusions = conclude(
                List.of(candidate("stale-volumeattachment", VA, 0.8, "cause", SYMPTOM, CAUSE)),
                List.of(new Support("stale-volumeattachment", VA, 0.5, "nobody uses the claim"),
                        new Support("stale-volumeattachment", ObjectRef.cluster("VolumeAttachment", "other"), 0.9, "x")));
        assertThat(conclusions).singleElement().satisfies(c -> {
            assertThat(c.confidence()).isEqualTo(0.9, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(c.reasons()).containsExactly("+0.80 cause", "+0.50 nobody uses the claim");
        });
    }

    @Test
    void theSameReasonTwiceCountsOnce() {
        List<Conclusion> conclusions = conclude(List.of(
                candidate("stale-volumeattachment", VA, 0.8, "cause", SYMPTOM, CAUSE),
                candidate("stale-volumeattachment", VA, 0.8, "cause", CAUSE)), List.of());
        assertThat(conclusions).singleElement().extracting(Conclusion::confidence).isEqualTo(0.8);
    }

    @Test
    void evidenceAgainstCanRuleADiagnosisOutButNeverBelowZero() {
        List<Conclusion> conclusions = conclude(
                List.of(candidate("stale-volumeattachment", VA, 0.3, "weak", SYMPTOM, CAUSE)),
                List.of(new Support("stale-volumeattachment", VA, -0.9, "in use")));
        assertThat(conclusions).singleElement().extracting(Conclusion::confidence).isEqualTo(0.0);
    }

    @Test
    void theWorkloadsTheRulesFoundHarmedFollowTheNamedObjectsAndOnlyADownOneCounts() {
        ObjectRef claim = new ObjectRef("PersistentVolumeClaim", "ns", "data");
        ObjectRef set = new ObjectRef("StatefulSet", "ns", "db");
        ObjectRef elsewhere = new ObjectRef("Deployment", "ns", "web");
        Candidate candidate = Candidate.of("stale-volumeattachment", VA).affected(POD).affected(claim)
                .chain(SYMPTOM, CAUSE).certainty(0.8, "cause");
        Conclusion up = Ranking.conclude(List.of(candidate), List.of(),
                List.of(new AffectedWorkload(POD, set, false),
                        new AffectedWorkload(new ObjectRef("Pod", "ns", "other"), elsewhere, true))).get(0);
        assertThat(up.affected()).containsExactly(POD, claim, set);
        assertThat(up.workloadDown()).isFalse();
        Conclusion down = Ranking.conclude(List.of(candidate), List.of(), List.of(new AffectedWorkload(POD, set, true)))
                .get(0);
        assertThat(down.workloadDown()).isTrue();
    }

    @Test
    void rankingOrdersLikelyThenGraveThenCertainAndBuildsEachDiagnosisWithItsRank() throws Exception {
        ContentCatalog catalog = ContentCatalog.of(List.of(new Playbook("p", "test", "p.drl", "", "p.yaml", "",
                PlaybookLoader.parseContent("""
                        diagnoses:
                          blocks-pods: {title: "Pods of {node} blocked", severity: high, summary: s, rootCause: r}
                          risky: {title: "Risky", severity: low, summary: s, rootCause: r}
                          unworded: {title: "{unbound}", severity: high, summary: s, rootCause: r}
                        """, "p.yaml"))));
        ObjectRef set = new ObjectRef("StatefulSet", "ns", "db");
        Candidate blocking = Candidate.of("blocks-pods", VA).affected(POD).with("node", "worker-1")
                .chain(SYMPTOM, CAUSE).certainty(0.7, "blocks");
        Candidate unlikely = Candidate.of("blocks-pods", ObjectRef.cluster("VolumeAttachment", "csi-0")).affected(POD)
                .with("node", "worker-2").chain(SYMPTOM, CAUSE).certainty(0.4, "maybe");
        Link setting = Link.of("risky-setting", new Evidence(VA, "setting", "v.yaml:1"));
        Candidate risky = Candidate.of("risky", VA).chain(setting).certainty(0.9, "risky");
        Candidate unworded = Candidate.of("unworded", VA).chain(setting).certainty(0.9, "x");
        SessionRunner.Conclusions concluded = new SessionRunner.Conclusions(List.of(risky, unlikely, blocking, unworded),
                List.of(), List.of(new AffectedWorkload(POD, set, true)), false, java.util.Map.of());

        Ranking.Result result = Ranking.rank(concluded, catalog, RuleSources.of(List.of()), Severity.INFO);

        assertThat(result.diagnoses()).extracting(Diagnosis::rank, Diagnosis::title, Diagnosis::severity)
                .containsExactly(tuple(1, "Pods of worker-1 blocked", Severity.CRITICAL), tuple(2, "Risky", Severity.LOW),
                        tuple(3, "Pods of worker-2 blocked", Severity.CRITICAL));
        assertThat(result.diagnoses().get(0).affected()).containsExactly(POD, set);
        assertThat(result.warnings()).singleElement().extracting(SnapshotWarning::message).asString()
                .startsWith("unworded: ");
        assertThat(Ranking.rank(concluded, catalog, RuleSources.of(List.of()), Severity.HIGH).diagnoses())
                .extracting(Diagnosis::rank, Diagnosis::title)
                .containsExactly(tuple(1, "Pods of worker-1 blocked"), tuple(2, "Pods of worker-2 blocked"));
    }
}
