package io.kdiag.engine.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.base.ClassObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;

/**
 * Which fact classes the patterns of a knowledge base can read. A fact that no pattern's object
 * type takes (no rule, query or accumulate names its class, an interface it implements or a
 * superclass) only costs the session a handle: the large kinds of facts no playbook reads (log
 * lines, when only the bundled playbooks run) are therefore left out of the session. A pattern on
 * {@code Object} reads every fact, so then every fact goes in.
 */
final class ReadFactTypes {

    private final List<ObjectTypeNode> read;
    private final Map<Class<?>, Boolean> known = new HashMap<>();

    /** The object types the knowledge base's patterns read: those with something below them. */
    ReadFactTypes(KieBase kieBase) {
        read = ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes().stream()
                .filter(node -> node.getObjectSinkPropagator().getSinks().length > 0)
                .toList();
    }

    /** Whether some pattern can read this fact. */
    boolean isRead(Object fact) {
        return known.computeIfAbsent(fact.getClass(),
                type -> read.stream().anyMatch(node -> node.getObjectType().isAssignableFrom(new ClassObjectType(type))));
    }
}
