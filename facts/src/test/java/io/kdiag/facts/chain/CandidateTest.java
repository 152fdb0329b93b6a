package io.kdiag.facts.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.ObjectRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A candidate carries the values of the links it concludes from. */
class CandidateTest {

    private static final ObjectRef ATTACHMENT = ObjectRef.cluster("VolumeAttachment", "csi-0a1b");

    @Test
    void inheritsTheValuesOfEveryLinkOfItsChain() {
        Candidate candidate = Candidate.of("stale-volumeattachment", ATTACHMENT)
                .chain(Link.of("multi-attach-error").with("pod", "web-0").with("namespace", "shop"),
                       Link.of("volume-attached-elsewhere").with("attachment", "csi-0a1b").with("node", "worker-2"))
                .certainty(0.8, "held elsewhere");

        assertThat(candidate.values()).containsEntry("pod", "web-0").containsEntry("namespace", "shop")
                .containsEntry("attachment", "csi-0a1b").containsEntry("node", "worker-2");
    }

    @Test
    void aLaterLinkReplacesAnEarlierLinksValue() {
        Candidate candidate = Candidate.of("node-down-volume-attached", ATTACHMENT)
                .chain(Link.of("volume-used-by-pod").with("node", "worker-1"),
                       Link.of("holder-node-down").with("node", "worker-2"))
                .certainty(0.8, "down");

        assertThat(candidate.values()).containsEntry("node", "worker-2");
    }

    @Test
    void aValueTheRuleSetsReplacesAnInheritedOneWhereverItIsSet() {
        Candidate setFirst = Candidate.of("stale-volumeattachment", ATTACHMENT)
                .with("node", "worker-3").with("oldPods", List.of("web-0"))
                .chain(Link.of("holder-node-ready").with("node", "worker-2"))
                .certainty(0.8, "ready");

        assertThat(setFirst.values()).containsEntry("node", "worker-3").containsEntry("oldPods", List.of("web-0"));
    }

    @Test
    void candidatesOfTheSameChainAndValuesAreEqual() {
        Link link = Link.of("holder-node-ready").with("node", "worker-2");

        assertThat(Candidate.of("stale-volumeattachment", ATTACHMENT).chain(link).certainty(0.8, "ready"))
                .isEqualTo(Candidate.of("stale-volumeattachment", ATTACHMENT).chain(link).with("node", "worker-2")
                        .certainty(0.8, "ready"));
    }
}
