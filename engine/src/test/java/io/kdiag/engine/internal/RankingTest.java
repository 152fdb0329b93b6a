package io.kdiag.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.chain.Candidate;
import io.kdiag.facts.chain.Link;
import io.kdiag.facts.chain.Support;
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

    @Test
    void aSymptomWhoseChainARootCauseContainsIsFoldedIntoIt() {
        List<Conclusion> conclusions = Ranking.conclude(List.of(
                candidate("multi-attach-error", POD, 0.5, "symptom", SYMPTOM),
                candidate("stale-volumeattachment", VA, 0.8, "cause", SYMPTOM, CAUSE)), List.of());
        assertThat(conclusions).extracting(Conclusion::diagnosisId).containsExactly("stale-volumeattachment");
    }

    @Test
    void anUnexplainedSymptomStays() {
        assertThat(Ranking.conclude(List.of(candidate("multi-attach-error", POD, 0.5, "symptom", SYMPTOM)), List.of()))
                .extracting(Conclusion::diagnosisId).containsExactly("multi-attach-error");
    }

    @Test
    void candidatesAndSupportForOneRootCauseCombine() {
        List<Conclusion> conclusions = Ranking.conclude(
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
        List<Conclusion> conclusions = Ranking.conclude(List.of(
                candidate("stale-volumeattachment", VA, 0.8, "cause", SYMPTOM, CAUSE),
                candidate("stale-volumeattachment", VA, 0.8, "cause", CAUSE)), List.of());
        assertThat(conclusions).singleElement().extracting(Conclusion::confidence).isEqualTo(0.8);
    }

    @Test
    void evidenceAgainstCanRuleADiagnosisOutButNeverBelowZero() {
        List<Conclusion> conclusions = Ranking.conclude(
                List.of(candidate("stale-volumeattachment", VA, 0.3, "weak", SYMPTOM, CAUSE)),
                List.of(new Support("stale-volumeattachment", VA, -0.9, "in use")));
        assertThat(conclusions).singleElement().extracting(Conclusion::confidence).isEqualTo(0.0);
    }
}
