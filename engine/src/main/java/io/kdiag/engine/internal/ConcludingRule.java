package io.kdiag.engine.internal;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;

/**
 * The rule whose consequence inserted a candidate, as Drools knows it, so that a warning about
 * the candidate can name it.
 *
 * @param name the rule's name
 * @param file the DRL file it is written in, as errors name it, or {@code ""} when unknown
 */
record ConcludingRule(String name, String file) {

    /** The rule as a session's insert event gives it. */
    static ConcludingRule of(Rule rule) {
        String file = rule instanceof RuleImpl impl && impl.getResource() != null
                && impl.getResource().getSourcePath() != null ? impl.getResource().getSourcePath() : "";
        return new ConcludingRule(rule.getName(), file);
    }
}
