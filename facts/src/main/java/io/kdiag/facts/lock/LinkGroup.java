package io.kdiag.facts.lock;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.chain.Link;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One link of a chain that stands for several links of the same step (every locked claim, every
 * orphaned snapshot): their evidence, in the order of the objects they are about.
 */
public final class LinkGroup {

    /** Links in the order of the object their first evidence is about, then of that evidence's text. */
    private static final Comparator<Link> BY_SUBJECT = Comparator
            .comparing((Link l) -> l.evidence().get(0).object())
            .thenComparing(l -> l.evidence().get(0).text());

    private LinkGroup() {
    }

    /**
     * The gathered link: each link's evidence in turn. Every link must have evidence, the first
     * naming the object it is about.
     */
    public static Link of(String id, Collection<Link> links) {
        List<Evidence> evidence = new ArrayList<>();
        links.stream().distinct().sorted(BY_SUBJECT).forEach(link -> evidence.addAll(link.evidence()));
        return new Link(id, Map.of(), evidence);
    }
}
