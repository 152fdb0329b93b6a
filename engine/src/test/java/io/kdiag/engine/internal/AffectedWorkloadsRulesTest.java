package io.kdiag.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.Owner;
import io.kdiag.facts.Pod;
import io.kdiag.facts.Workload;
import io.kdiag.facts.chain.AffectedWorkload;
import io.kdiag.facts.chain.Candidate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/** The shared rules that follow every candidate to the workloads it harms ({@code affected-workloads.drl}). */
class AffectedWorkloadsRulesTest {

    private static KieBase sharedOnly;

    private static final Pod WEB_POD = pod("web-7d4f9-abcde", new Owner("ReplicaSet", "web-7d4f9", true));
    private static final Workload WEB_SET = workload("ReplicaSet", "web-7d4f9", 1, 0, new Owner("Deployment", "web", true));
    private static final Workload WEB = workload("Deployment", "web", 1, 0);

    @BeforeAll
    static void compile() throws Exception {
        sharedOnly = RuleBase.compile(List.of());
    }

    @Test
    void aHarmedPodOfAReplicaSetHarmsItsDeployment() {
        assertThat(affected(candidate(WEB_POD), WEB_POD, WEB_SET, WEB))
                .containsExactly(new AffectedWorkload(WEB_POD.ref(), WEB.ref(), true));
    }

    @Test
    void withoutItsDeploymentTheReplicaSetItselfIsHarmed() {
        assertThat(affected(candidate(WEB_POD), WEB_POD, WEB_SET))
                .containsExactly(new AffectedWorkload(WEB_POD.ref(), WEB_SET.ref(), true));
    }

    @Test
    void aStatefulSetPodHarmsItsStatefulSetAndANamedWorkloadIsHarmedItself() {
        Pod db = pod("db-0", new Owner("StatefulSet", "db", true));
        Workload set = workload("StatefulSet", "db", 3, 2);
        Candidate candidate = Candidate.of("x", ObjectRef.cluster("Node", "n")).affected(db.ref()).affected(WEB.ref())
                .certainty(0.5, "r");
        assertThat(affected(candidate, db, set, WEB)).containsExactlyInAnyOrder(
                new AffectedWorkload(db.ref(), set.ref(), false),
                new AffectedWorkload(WEB.ref(), WEB.ref(), true));
    }

    @Test
    void aPodNoCandidateNamesHarmsNothingAndTheFactsGoWithTheCandidate() {
        KieSession session = sharedOnly.newKieSession();
        try {
            List.of(WEB_POD, WEB_SET, WEB).forEach(session::insert);
            session.fireAllRules();
            assertThat(session.getObjects(o -> o instanceof AffectedWorkload)).isEmpty();
            FactHandle handle = session.insert(candidate(WEB_POD));
            session.fireAllRules();
            assertThat(session.getObjects(o -> o instanceof AffectedWorkload)).hasSize(1);
            session.delete(handle);
            session.fireAllRules();
            assertThat(session.getObjects(o -> o instanceof AffectedWorkload)).isEmpty();
        } finally {
            session.dispose();
        }
    }

    private static List<Object> affected(Candidate candidate, Object... facts) {
        KieSession session = sharedOnly.newKieSession();
        try {
            List.of(facts).forEach(session::insert);
            session.insert(candidate);
            session.fireAllRules();
            return List.copyOf(session.getObjects(o -> o instanceof AffectedWorkload));
        } finally {
            session.dispose();
        }
    }

    private static Candidate candidate(Pod pod) {
        return Candidate.of("x", ObjectRef.cluster("Node", "n")).affected(pod).certainty(0.5, "r");
    }

    private static Pod pod(String name, Owner owner) {
        return new Pod("shop", name, "uid", "node-1", "Pending", List.of(owner), List.of(), Map.of(), null, null, null,
                null, List.of(), false, List.of(), List.of(), "pods.yaml:1");
    }

    private static Workload workload(String kind, String name, int desired, int ready, Owner... owners) {
        return new Workload(kind, "shop", name, desired, ready, List.of(owners), "", "", null, "workloads.yaml:1");
    }
}
