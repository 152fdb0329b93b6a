package io.kdiag.engine.internal;

import io.kdiag.facts.chain.AffectedWorkload;
import io.kdiag.facts.chain.AnalysisClock;
import io.kdiag.facts.chain.Candidate;
import io.kdiag.facts.chain.Support;
import io.kdiag.facts.snapshot.Snapshot;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
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
     * @param workloads every workload the shared rules found a candidate harms
     * @param exhausted whether the firing bound was reached
     * @param concludedBy the rule that first inserted each candidate, so that a warning about it can
     *     name the rule
     */
    record Conclusions(List<Candidate> candidates, List<Support> supports, List<AffectedWorkload> workloads,
            boolean exhausted, Map<Candidate, ConcludingRule> concludedBy) {

        /** Copies the map. */
        Conclusions {
            concludedBy = Map.copyOf(concludedBy);
        }
    }

    static Conclusions run(KieBase kieBase, Snapshot snapshot, Instant now) {
        KieSession session = kieBase.newKieSession();
        Map<Candidate, ConcludingRule> concludedBy = new HashMap<>();
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getObject() instanceof Candidate candidate && event.getRule() != null) {
                    concludedBy.putIfAbsent(candidate, ConcludingRule.of(event.getRule()));
                }
            }
        });
        try {
            ReadFactTypes read = new ReadFactTypes(kieBase);
            snapshot.facts().stream().filter(read::isRead).forEach(session::insert);
            session.insert(new AnalysisClock(now));
            session.insert(snapshot.coverage());
            int fired = session.fireAllRules(MAX_FIRINGS);
            return new Conclusions(all(session, Candidate.class), all(session, Support.class),
                    all(session, AffectedWorkload.class), fired >= MAX_FIRINGS, concludedBy);
        } finally {
            session.dispose();
        }
    }

    private static <T> List<T> all(KieSession session, Class<T> type) {
        return session.getObjects(type::isInstance).stream().map(type::cast).toList();
    }
}
