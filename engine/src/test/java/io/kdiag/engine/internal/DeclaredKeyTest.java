package io.kdiag.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * How a declared link type's keys decide which logical inserts are one fact: links that differ
 * only in their last key field must both exist. This Drools attaches a prefix {@code @key} to
 * the field before it, so the prefix form loses the last key and merges them: playbooks write
 * {@code field : Type @key}.
 */
class DeclaredKeyTest {

    private static final String RULE = """
            rule "every name is held on the same node"
            when
                $name : String()
            then
                insertLogical(new %1$s("worker-1", $name));
            end
            """;

    @Test
    void linksThatDifferOnlyInTheirLastKeyAreTwoFacts() throws Exception {
        assertThat(heldFacts("""
                declare Held
                    node : String @key
                    name : String @key
                end
                """, "Held")).isEqualTo(2);
    }

    @Test
    void thePrefixFormLosesTheLastKeyAndMergesThem() throws Exception {
        assertThat(heldFacts("""
                declare Held
                    @key node : String
                    @key name : String
                end
                """, "Held")).isEqualTo(1);
    }

    /** How many facts of the type the session holds once two names were inserted. */
    private static long heldFacts(String declaration, String type) throws Exception {
        String drl = "package com.example.keys;\n\n" + declaration + "\n" + RULE.formatted(type);
        KieBase kieBase = RuleBase.compile(List.of(new Playbook("keys", "test", "keys.drl", drl, "keys.yaml", "",
                PlaybookContent.empty())));
        KieSession session = kieBase.newKieSession();
        try {
            session.insert("data-0");
            session.insert("data-1");
            session.fireAllRules();
            return session.getObjects(o -> o.getClass().getSimpleName().equals(type)).size();
        } finally {
            session.dispose();
        }
    }
}
