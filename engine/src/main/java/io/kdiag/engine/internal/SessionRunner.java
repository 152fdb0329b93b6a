package io.kdiag.engine.internal;

import io.kdiag.facts.chain.AnalysisClock;
import io.kdiag.facts.chain.Candidate;
import io.kdiag.facts.chain.Support;
import io.kdiag.facts.snapshot.Snapshot;
import java.time.Instant;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** Runs the playbooks over one snapshot in a session of its own, and collects what they concluded. */
final class SessionRunner {

    /** A bound on rule firings, so that a playbook that loops cannot hang an analysis. */
    static final int MAX_FIRINGS = 1_000_000;

    private SessionRunner() {
    }

    /**
     * What the session concluded.
     *
     * @param candidates every candidate diagnosis still true when the rules stopped
     * @param supports every piece of support still true
     * @param exhausted whether the firing bound was reached
     */
    record Conclusions(List<Candidate> candidates, List<Support> supports, boolean exhausted) {
    }

    static Conclusions run(KieBase kieBase, Snapshot snapshot, Instant now) {
        KieSession session = kieBase.newKieSession();
        try {
            snapshot.facts().forEach(session::insert);
            session.insert(new AnalysisClock(now));
            session.insert(snapshot.coverage());
            int fired = session.fireAllRules(MAX_FIRINGS);
            List<Candidate> candidates = session.getObjects(o -> o instanceof Candidate).stream()
                    .map(Candidate.class::cast).toList();
            List<Support> supports = session.getObjects(o -> o instanceof Support).stream()
                    .map(Support.class::cast).toList();
            return new Conclusions(candidates, supports, fired >= MAX_FIRINGS);
        } finally {
            session.dispose();
        }
    }
}
