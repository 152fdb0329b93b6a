package io.kdiag.facts.lock;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.signal.CsiError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The evidence of a run of CSI errors: the first and the last reported, in time order (an error
 * without a time first, ties broken by where it was read). A run of "already exists" refusals
 * is shown by where it began and where it stood at the snapshot, not by every retry.
 */
public final class ErrorSpan {

    private static final Comparator<CsiError> ORDER = Comparator
            .comparing(CsiError::time, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(e -> e.evidence().source());

    private ErrorSpan() {
    }

    /** The first and the last error's evidence; one item when there is one error, none when there is none. */
    public static List<Evidence> of(Collection<CsiError> errors) {
        List<CsiError> sorted = errors.stream().distinct().sorted(ORDER).toList();
        List<Evidence> evidence = new ArrayList<>();
        if (!sorted.isEmpty()) {
            evidence.add(sorted.get(0).evidence());
        }
        if (sorted.size() > 1) {
            evidence.add(sorted.get(sorted.size() - 1).evidence());
        }
        return evidence;
    }
}
